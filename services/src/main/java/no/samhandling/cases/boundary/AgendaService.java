package no.samhandling.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.archive.control.ArchiveNotifier;
import no.samhandling.body.entity.Body;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.cases.entity.AgendaItem;
import no.samhandling.cases.entity.AgendaOutcome;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.CaseStep;
import no.samhandling.cases.entity.ConflictOfInterest;
import no.samhandling.cases.entity.Consensus;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.PaperDeadline;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.meeting.entity.Minutes;
import no.samhandling.meeting.entity.MinutesCorrection;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.rules.Texts;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two-step procedure (R-CASE-1) on the meetings' agendas: the secretariat puts cases on an agenda when the
 * papers are in time or an exception is recorded (R-CASE-3), records what the meeting did — discussed, decided by
 * consensus (R-CASE-4, R-CASE-5), continued, no consensus, referred — and corrects decisions through the minutes.
 * Every decision change goes to every party's archive in the same transaction.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class AgendaService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Partners partners;

    @Inject
    ArchiveNotifier archive;

    @Inject
    Clock clock;

    /**
     * Puts a case on a coming meeting's agenda at its current step. R-CASE-1: the decision comes at a later meeting
     * than the discussion. R-CASE-3: when the papers are late, only with a recorded exception.
     */
    public long schedule(long meetingId, long caseId, Integer part, String exceptionReason) {
        Actor actor = currentActor.get();
        Meeting meeting = caseFiles.meeting(actor.communityId(), meetingId);
        CaseFile file = caseFiles.get(actor.communityId(), caseId);
        if (!meeting.takesCasesAt(clock.instant())) {
            throw RuleViolation.invalidField("meetingId", "agenda.meetingPast");
        }
        List<AgendaItem> earlier = caseFiles.items(file);
        earlier.stream().filter(a -> !a.isHandled()).findFirst().ifPresent(a -> {
            throw new RuleViolation("INPUT", "agenda.alreadyScheduled", file.number(), a.getMeeting().getTitle());
        });
        if (file.getStep() == CaseStep.DECISION) {
            Optional<AgendaItem> discussion = earlier.stream()
                    .filter(a -> a.getOutcome() == AgendaOutcome.DISCUSSED).reduce((x, y) -> y);
            if (discussion.isPresent() && !discussion.get().getMeeting().getStartsAt().isBefore(meeting.getStartsAt())) {
                throw new RuleViolation("R-CASE-1", "agenda.decisionAfterDiscussion", file.number());
            }
        }
        AgendaItem item = new AgendaItem(meeting, file, part);
        if (exceptionReason != null && !exceptionReason.isBlank()) {
            item.grantException(exceptionReason, actor.username(), clock.instant());
        }
        em.persist(item);
        em.flush();
        if (caseFiles.paperStatus(item) == PaperStatus.LATE) {
            throw new RuleViolation("R-CASE-3", "agenda.papersLate", file.number(),
                    PaperDeadline.dueOn(meeting.getStartsAt()));
        }
        return item.getId();
    }

    /** R-CASE-3: keeps a case whose papers came late on the agenda; who and why are recorded. */
    public void grantException(long itemId, String reason) {
        Actor actor = currentActor.get();
        AgendaItem item = caseFiles.item(actor.communityId(), itemId);
        item.requireOpen();
        item.grantException(reason, actor.username(), clock.instant());
    }

    /** Takes a case off a coming agenda (or one being registered afterwards) that has not handled it. */
    public void unschedule(long itemId) {
        AgendaItem item = caseFiles.item(currentActor.get().communityId(), itemId);
        item.requireOpen();
        if (!item.getMeeting().takesCasesAt(clock.instant())) {
            throw RuleViolation.invalidField("meetingId", "agenda.meetingPast");
        }
        em.remove(item);
    }

    /** R-CASE-1 step 1: the meeting discussed the case and gave its input; the case goes up for decision later. */
    public void recordDiscussion(long itemId, String input) {
        AgendaItem item = held(itemId);
        if (item.getStep() != CaseStep.DISCUSSION) {
            throw new RuleViolation("R-CASE-1", "case.step.alreadyDiscussed", item.getCaseFile().number());
        }
        item.getCaseFile().discussed();
        item.record(AgendaOutcome.DISCUSSED, input);
    }

    /**
     * Records the decision. R-CASE-1: not at step 1. R-CASE-3: not with late papers without exception. R-CASE-4: AU
     * does not decide a case with consequences. R-CASE-5: in SSU and the partnership meeting, both parties decide
     * and none of the deciding members (present or by deputy, not disqualified) objects.
     */
    public long decide(long itemId, String text, Set<Long> objectingPersonIds) {
        Actor actor = currentActor.get();
        AgendaItem item = held(itemId);
        CaseFile file = item.getCaseFile();
        if (item.getStep() != CaseStep.DECISION) {
            throw new RuleViolation("R-CASE-1", "case.decision.atStepOne", file.number());
        }
        file.requireDecidable();
        if (!caseFiles.paperStatus(item).keepsOnAgenda()) {
            throw new RuleViolation("R-CASE-3", "agenda.papersLateNoException", file.number());
        }
        Consensus.check(file.getBody().getKind(), caseFiles.decidingSeats(item.getMeeting()), disqualified(file),
                objectingPersonIds == null ? Set.of() : objectingPersonIds);
        Decision decision = new Decision(item, text, item.getMeeting().day(), actor.username());
        file.decided();
        item.record(AgendaOutcome.DECIDED, null);
        em.persist(decision);
        em.flush();
        archive.caseOutcome(actor.communityId(), new ArchiveNotifier.CaseOutcome("case.decision-recorded",
                file.getId(), caseTitle(file), file.getRegisteredOn(), "decision/" + decision.getId(),
                "Vedtak i sak " + file.number(), decision.getDecidedOn(), decision.getText()), parties(actor));
        return decision.getId();
    }

    /** The meeting postponed the case; it stays at its step and goes on a later agenda. */
    public void continueCase(long itemId, String reason) {
        held(itemId).record(AgendaOutcome.CONTINUED, reason);
    }

    /** R-CASE-5: no consensus, so no decision; the case is closed as such and can become a dispute. */
    public void recordNoConsensus(long itemId, String note) {
        Actor actor = currentActor.get();
        AgendaItem item = held(itemId);
        CaseFile file = item.getCaseFile();
        if (!Consensus.required(file.getBody().getKind())) {
            throw new RuleViolation("R-CASE-5", "decision.consensus.notRequired", file.getBody().getNameNb());
        }
        if (note == null || note.isBlank()) {
            throw RuleViolation.invalidField("note", "decision.noConsensus.noteRequired");
        }
        file.noConsensus();
        item.record(AgendaOutcome.NO_CONSENSUS, note);
        archive.caseOutcome(actor.communityId(), new ArchiveNotifier.CaseOutcome("case.no-consensus", file.getId(),
                caseTitle(file), file.getRegisteredOn(), "case/" + file.getId() + "/no-consensus/" + item.getId(),
                "Ikke konsensus i sak " + file.number(), item.getMeeting().day(), item.getOutcomeNote()),
                parties(actor));
    }

    /** R-CASE-4: AU sends a case with consequences to SSU or the partnership meeting as a new case there. */
    public long refer(long itemId, long toBodyId, String note) {
        Actor actor = currentActor.get();
        AgendaItem item = held(itemId);
        Body higher = caseFiles.body(actor.communityId(), toBodyId);
        LocalDate today = LocalDate.now(clock);
        CaseFile referred = item.getCaseFile().referTo(higher, caseFiles.nextSequence(higher, today.getYear()), today);
        item.record(AgendaOutcome.REFERRED, note);
        em.persist(referred);
        em.flush();
        return referred.getId();
    }

    /**
     * Changes a decision's text. Before the minutes are approved it is a draft change; after, a correction recorded
     * in the minutes with who and why. Either way every party's archive receives the new text once.
     */
    public void correctDecision(long decisionId, long seenVersion, String text, String reason) {
        Actor actor = currentActor.get();
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null || decision.getCaseFile().getCommunity().getId() != actor.communityId()) {
            throw new NotFound("Decision", decisionId);
        }
        decision.requireVersion(seenVersion);
        String why = Texts.optional("reason", reason, MinutesCorrection.REASON_LENGTH);
        Optional<Minutes> minutes = caseFiles.minutes(decision.getAgendaItem().getMeeting()).filter(Minutes::isApproved);
        if (minutes.isPresent() && why == null) {
            throw RuleViolation.invalidField("reason", "minutes.correction.reasonRequired");
        }
        String before = decision.correct(text);
        minutes.ifPresent(m -> em.persist(new MinutesCorrection(m, decision.getId(), why, before,
                decision.getText(), actor.username(), clock.instant())));
        em.flush();
        CaseFile file = decision.getCaseFile();
        archive.caseOutcome(actor.communityId(), new ArchiveNotifier.CaseOutcome("case.decision-corrected",
                file.getId(), caseTitle(file), file.getRegisteredOn(),
                "decision/" + decision.getId() + "/v" + decision.getVersion(), "Rettet vedtak i sak " + file.number(),
                LocalDate.now(clock), decision.getText() + (why == null ? "" : "\nBegrunnelse for rettelsen: " + why)),
                parties(actor));
    }

    private Set<Long> disqualified(CaseFile file) {
        return em.createQuery("SELECT c FROM ConflictOfInterest c WHERE c.caseFile = :f", ConflictOfInterest.class)
                .setParameter("f", file).getResultStream().map(c -> c.getPerson().getId()).collect(Collectors.toSet());
    }

    /** An agenda item of a meeting whose day has come, not yet handled, in minutes not yet approved. */
    private AgendaItem held(long itemId) {
        AgendaItem item = caseFiles.item(currentActor.get().communityId(), itemId);
        item.requireOpen();
        Instant now = clock.instant();
        if (!item.getMeeting().isHeldBy(now)) {
            throw new RuleViolation("INPUT", "agenda.meetingNotHeld", item.getMeeting().getTitle());
        }
        caseFiles.minutes(item.getMeeting()).ifPresent(Minutes::requireDraft);
        return item;
    }

    private List<Partner> parties(Actor actor) {
        return partners.partnersIn(actor.communityId());
    }

    private static String caseTitle(CaseFile file) {
        return file.getBody().getCode() + " sak " + file.number() + ": " + file.getTitle();
    }
}

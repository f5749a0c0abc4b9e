package no.samhandling.meeting.boundary;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.control.People;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.Membership;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.cases.entity.AgendaItem;
import no.samhandling.cases.entity.ConflictOfInterest;
import no.samhandling.cases.entity.Consensus;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.PaperDeadline;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.meeting.entity.Minutes;
import no.samhandling.meeting.entity.MinutesCorrection;
import no.samhandling.security.control.Actor;
import no.samhandling.body.entity.Person;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.meeting.entity.Attendance;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.meeting.control.Cadences;
import no.samhandling.meeting.control.MeetingDocuments;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.platform.control.Letterheads;
import no.samhandling.platform.control.Resources;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The meetings of the user's health community with their agendas. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class MeetingService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    People people;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Clock clock;

    @Inject
    Letterheads letterheads;

    @Inject
    Cadences cadences;

    /**
     * Records the attendance table of a meeting at once: every line in one transaction, so the table is saved whole or
     * not at all; an absent member's deputy is called in as for one line.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void recordAttendance(long meetingId, List<AttendanceEntry> entries) {
        for (AttendanceEntry entry : entries) {
            recordAttendance(meetingId, entry.personId(), entry.status(), entry.deputyForPersonId());
        }
    }

    /** Records (or corrects) one person's attendance at a meeting of the community. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void recordAttendance(long meetingId, long personId, AttendanceStatus status, Long deputyForPersonId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getCommunity().getId() != currentActor.get().communityId()) {
            throw new NotFound("Meeting", meetingId);
        }
        Person person = person(personId);
        Person deputyFor = deputyForPersonId == null ? null : person(deputyForPersonId);
        Attendance existing = em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.meeting = :m AND a.person = :p", Attendance.class)
                .setParameter("m", meeting).setParameter("p", person).getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new Attendance(meeting, person, status, deputyFor));
        } else {
            existing.record(status, deputyFor);
        }
        if (status == AttendanceStatus.ABSENT) {
            callInDeputy(meeting, person);
        }
    }

    /** A member who reports absence has the personal deputy called in, unless the deputy's attendance is recorded. */
    private void callInDeputy(Meeting meeting, Person absent) {
        em.createQuery("SELECT m FROM Membership m WHERE m.body = :b AND m.person = :p AND m.deputy IS NOT NULL",
                        Membership.class)
                .setParameter("b", meeting.getBody()).setParameter("p", absent).getResultStream()
                .filter(m -> m.isActiveOn(meeting.day()))
                .findFirst()
                .ifPresent(m -> {
                    long recorded = em.createQuery(
                                    "SELECT COUNT(a) FROM Attendance a WHERE a.meeting = :m AND a.person = :p", Long.class)
                            .setParameter("m", meeting).setParameter("p", m.getDeputy()).getSingleResult();
                    if (recorded == 0) {
                        em.persist(new Attendance(meeting, m.getDeputy(), AttendanceStatus.DEPUTY, absent));
                    }
                });
    }

    /** Calls a meeting of one of the community's bodies, on a coming day; or registers one held earlier. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long create(NewMeeting request) {
        Actor actor = currentActor.get();
        Body body = caseFiles.body(actor.communityId(), request.bodyId());
        Meeting meeting = new Meeting(em.getReference(HealthCommunity.class, actor.communityId()), body,
                oslo(request.startsAt()), oslo(request.endsAt()), request.place(), request.digitalLink(),
                request.title(), clock.instant(), request.afterwards());
        em.persist(meeting);
        em.flush();
        return meeting.getId();
    }

    /** Changes a meeting's end, place, link and title while its minutes are not approved. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void describe(long meetingId, long seenVersion, NewMeeting request) {
        Meeting meeting = caseFiles.meeting(currentActor.get().communityId(), meetingId);
        meeting.requireVersion(seenVersion);
        caseFiles.minutes(meeting).ifPresent(Minutes::requireDraft);
        meeting.describe(oslo(request.endsAt()), request.place(), request.digitalLink(), request.title());
    }

    /** Approves the minutes at the end of the meeting or at a later meeting of the body; they are locked after. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void approveMinutes(long meetingId, Long atMeetingId) {
        Actor actor = currentActor.get();
        Meeting meeting = caseFiles.meeting(actor.communityId(), meetingId);
        Meeting at = atMeetingId == null ? meeting : caseFiles.meeting(actor.communityId(), atMeetingId);
        Minutes minutes = caseFiles.minutes(meeting).orElseGet(() -> {
            Minutes draft = new Minutes(meeting);
            em.persist(draft);
            return draft;
        });
        minutes.approve(at, actor.username(), clock.instant(), LocalDate.now(clock));
    }

    /** The notice (innkalling) as PDF, on the community's letterhead. */
    public byte[] noticePdf(MeetingDetails meeting) {
        return MeetingDocuments.notice(letterheads.current(), meeting);
    }

    /** The minutes (protokoll) as PDF with each case's follow-up, on the community's letterhead. */
    public byte[] minutesPdf(MeetingDetails meeting, Map<Long, List<FollowUpLine>> followUpByCase) {
        return MeetingDocuments.minutes(letterheads.current(), meeting, followUpByCase);
    }

    public MeetingDetails details(long meetingId) {
        Meeting meeting = caseFiles.meeting(currentActor.get().communityId(), meetingId);
        List<AgendaItem> items = em.createQuery("""
                        SELECT a FROM AgendaItem a JOIN FETCH a.caseFile WHERE a.meeting = :m
                        ORDER BY a.part, a.step, a.caseFile.year, a.caseFile.sequence""", AgendaItem.class)
                .setParameter("m", meeting).getResultList();
        Map<Long, Decision> decisions = em.createQuery("SELECT d FROM Decision d WHERE d.agendaItem.meeting = :m",
                        Decision.class).setParameter("m", meeting).getResultStream()
                .collect(Collectors.toMap(d -> d.getAgendaItem().getId(), Function.identity()));
        Map<Long, List<String>> disqualified = em.createQuery("""
                        SELECT c FROM ConflictOfInterest c WHERE c.caseFile IN
                        (SELECT a.caseFile FROM AgendaItem a WHERE a.meeting = :m)""", ConflictOfInterest.class)
                .setParameter("m", meeting).getResultStream()
                .collect(Collectors.groupingBy(c -> c.getCaseFile().getId(), Collectors.mapping(
                        c -> c.getPerson().getFullName() + " (" + c.getReason() + "; " + c.getDecidedBy() + ")",
                        Collectors.toList())));
        List<MeetingDetails.Entry> agenda = items.stream().map(a -> {
            CaseFile f = a.getCaseFile();
            Decision d = decisions.get(a.getId());
            PaperStatus papers = caseFiles.paperStatus(a);
            return new MeetingDetails.Entry(a.getId(), a.getVersion(), f.getId(), f.number(), f.getTitle(),
                    a.getStep(), a.getPart(), papers, papers.keepsOnAgenda(), a.getExceptionReason(),
                    a.getExceptionBy(), f.getProposal(), f.getAlternatives(), f.getHasConsequences(),
                    f.getConsequences(), a.getOutcome(), a.getOutcomeNote(), d == null ? null : d.getId(),
                    d == null ? null : d.getVersion(), d == null ? null : d.getText(),
                    disqualified.getOrDefault(f.getId(), List.of()), proposer(f));
        }).toList();
        Optional<Minutes> minutes = caseFiles.minutes(meeting);
        List<MeetingDetails.Correction> corrections = minutes.map(m -> em.createQuery(
                        "SELECT c FROM MinutesCorrection c WHERE c.minutes = :m ORDER BY c.correctedAt, c.id",
                        MinutesCorrection.class).setParameter("m", m).getResultStream()
                .map(c -> new MeetingDetails.Correction(c.getCorrectedBy(), c.getCorrectedAt().atZone(Resources.OSLO),
                        c.getReason(), c.getBeforeText(), c.getAfterText())).toList()).orElse(List.of());
        MeetingDetails.Minutes minutesLine = new MeetingDetails.Minutes(
                minutes.map(Minutes::isApproved).orElse(false), minutes.map(Minutes::getApprovedOn).orElse(null),
                minutes.map(Minutes::getApprovedAt).map(Meeting::getTitle).orElse(null),
                minutes.map(Minutes::getApprovedBy).orElse(null), corrections);
        return new MeetingDetails(meeting.getId(), meeting.getVersion(), meeting.getBody().getId(),
                meeting.getBody().getCode(), meeting.getBody().getNameNb(), meeting.getBody().getNameEn(),
                meeting.getBody().getKind(), meeting.getTitle(), meeting.getStartsAt().atZone(Resources.OSLO),
                meeting.getEndsAt() == null ? null : meeting.getEndsAt().atZone(Resources.OSLO), meeting.getPlace(),
                meeting.getDigitalLink(), PaperDeadline.dueOn(meeting.getStartsAt()),
                meeting.hasStartedAt(clock.instant()), meeting.isHeldBy(clock.instant()), agenda, attendance(meeting),
                caseFiles.decidingSeats(meeting).stream().map(Consensus.DecidingSeat::sittingName).toList(),
                minutesLine, meeting.isRegisteredAfterwards(), meeting.isOutsideSeason());
    }

    /** Everyone expected (members active on the day) and everyone recorded, with their attendance. */
    private List<MeetingDetails.AttendanceLine> attendance(Meeting meeting) {
        Map<Long, Attendance> recorded = em.createQuery("SELECT a FROM Attendance a WHERE a.meeting = :m",
                        Attendance.class).setParameter("m", meeting).getResultStream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), Function.identity()));
        Map<Long, MeetingDetails.AttendanceLine> lines = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM Membership m JOIN FETCH m.person WHERE m.body = :b ORDER BY m.party, m.person.fullName",
                        Membership.class).setParameter("b", meeting.getBody()).getResultStream()
                .filter(m -> m.isActiveOn(meeting.day()))
                .forEach(m -> lines.putIfAbsent(m.getPerson().getId(), line(m.getPerson(), m.getParty().name(),
                        recorded.get(m.getPerson().getId()))));
        recorded.values().forEach(a -> lines.putIfAbsent(a.getPerson().getId(), line(a.getPerson(), null, a)));
        return List.copyOf(lines.values());
    }

    private static MeetingDetails.AttendanceLine line(Person person, String party, Attendance attendance) {
        return new MeetingDetails.AttendanceLine(person.getId(), person.getFullName(), party,
                attendance == null ? null : attendance.getStatus(),
                attendance == null || attendance.getDeputyFor() == null ? null : attendance.getDeputyFor().getFullName(),
                attendance == null || attendance.getDeputyFor() == null ? null : attendance.getDeputyFor().getId());
    }

    /**
     * R-BODY-1 / R-BODY-2: periods of this year that have begun without a meeting of SSU (each quarter) or of the
     * partnership meeting (January/February).
     */
    public List<CadenceGap> cadence() {
        return cadences.of(currentActor.get().communityId(), LocalDate.now(clock));
    }

    /** SSU of the community: where AU refers cases with consequences (R-CASE-4). */
    public long ssuBodyId() {
        return em.createQuery("SELECT b.id FROM Body b WHERE b.community.id = :c AND b.kind = "
                        + "no.samhandling.body.entity.BodyKind.STRATEGIC_COMMITTEE", Long.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Body", "SSU"));
    }

    /** The community's bodies that hold meetings, valid today: for calling a meeting. */
    public List<Body> activeBodies() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT b FROM Body b WHERE b.community.id = :c ORDER BY b.level, b.code", Body.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .filter(b -> b.isValidOn(today)).toList();
    }

    private static Instant oslo(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(Resources.OSLO).toInstant();
    }

    /**
     * R-BODY-7: GP participation is paid — every attendance of a GP (as GP representative or general practitioner)
     * at a meeting in the period, oldest first.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<GpAttendanceLine> gpAttendance(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.invalidField("to", "membership.term.endsBeforeStart");
        }
        return em.createQuery("""
                        SELECT a FROM Attendance a JOIN FETCH a.meeting JOIN FETCH a.meeting.body
                        WHERE a.meeting.community.id = :c AND a.meeting.startsAt >= :from AND a.meeting.startsAt < :to
                        AND a.person.position = no.samhandling.body.entity.Position.GENERAL_PRACTITIONER
                        ORDER BY a.meeting.startsAt, a.person.fullName""", Attendance.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("from", from.atStartOfDay(Resources.OSLO).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(Resources.OSLO).toInstant())
                .getResultStream()
                .filter(Attendance::wasThere)
                .map(a -> new GpAttendanceLine(a.getMeeting().getStartsAt().atZone(Resources.OSLO).toLocalDate(),
                        a.getMeeting().getBody().getNameNb(), a.getMeeting().getTitle(), a.getPerson().getFullName(),
                        a.getStatus().name(), a.getDeputyFor() == null ? null : a.getDeputyFor().getFullName()))
                .toList();
    }

    private Person person(long personId) {
        return people.get(currentActor.get().communityId(), personId);
    }

    /**
     * The community's meetings a page at a time, as people look for them: the coming ones first, the next first, then
     * those held, the latest first. The agendas read are the page's only.
     */
    public List<MeetingSummary> list(int offset, int limit) {
        List<Meeting> meetings = em.createQuery("""
                        SELECT m FROM Meeting m JOIN FETCH m.body
                        WHERE m.community.id = :c
                        ORDER BY CASE WHEN m.startsAt >= :now THEN 0 ELSE 1 END,
                                 CASE WHEN m.startsAt >= :now THEN m.startsAt END ASC,
                                 m.startsAt DESC, m.id DESC""", Meeting.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("now", clock.instant())
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return summaries(meetings);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.community.id = :c", Long.class)
                .setParameter("c", currentActor.get().communityId()).getSingleResult();
    }

    /** This meeting and the body's later meetings that have begun: where its minutes can be approved. */
    public List<MeetingSummary> approvalMeetings(long meetingId) {
        Meeting meeting = caseFiles.meeting(currentActor.get().communityId(), meetingId);
        return summaries(em.createQuery("""
                        SELECT m FROM Meeting m JOIN FETCH m.body
                        WHERE m.body = :body AND m.startsAt >= :from AND m.startsAt <= :now
                        ORDER BY m.startsAt, m.id""", Meeting.class)
                .setParameter("body", meeting.getBody())
                .setParameter("from", meeting.getStartsAt())
                .setParameter("now", clock.instant())
                .getResultList());
    }

    private static String proposer(CaseFile file) {
        return file.getProposedBy() == null ? null : file.getProposedBy().getName();
    }

    private List<MeetingSummary> summaries(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AgendaItem>> agendas = em.createQuery("""
                        SELECT a FROM AgendaItem a JOIN FETCH a.caseFile WHERE a.meeting IN :meetings
                        ORDER BY a.caseFile.year, a.caseFile.sequence""", AgendaItem.class)
                .setParameter("meetings", meetings).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getMeeting().getId()));
        return meetings.stream().map(m -> new MeetingSummary(m.getId(), m.getBody().getCode(),
                        m.getBody().getNameNb(), m.getBody().getNameEn(), m.getStartsAt().atZone(Resources.OSLO),
                        m.getPlace(), m.getTitle(),
                        agendas.getOrDefault(m.getId(), List.of()).stream()
                                .map(a -> new MeetingSummary.AgendaItem(a.getCaseFile().getId(),
                                        a.getCaseFile().number(), a.getCaseFile().getTitle(), a.getStep(),
                                        a.getCaseFile().getConsequences(), proposer(a.getCaseFile())))
                                .toList(), m.isRegisteredAfterwards(), m.isOutsideSeason()))
                .toList();
    }
}

package no.samhandling.deadline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.LeadershipTerm;
import no.samhandling.body.entity.Membership;
import no.samhandling.cases.entity.AgendaItem;
import no.samhandling.cases.entity.CasePaper;
import no.samhandling.cases.entity.PaperDeadline;
import no.samhandling.cases.entity.PaperStatus;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.meeting.control.Cadences;
import no.samhandling.info.entity.Acknowledgement;
import no.samhandling.info.entity.ChangeNotice;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Partner;
import no.samhandling.publication.entity.Newsletter;
import no.samhandling.strategy.entity.ActionMeasure;
import no.samhandling.strategy.entity.MeasureStatus;
import no.samhandling.platform.control.Resources;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The deadlines of everyday work in a community, read straight from the records: papers due for coming meetings,
 * meetings missing in a period, terms of office and leadership terms ending, archive receipts missing.
 */
@ApplicationScoped
public class WorkDeadlines {

    /** How far ahead an ending term of office or leadership term is shown. */
    public static final int TERMS_AHEAD_DAYS = 90;
    /** How long an archive has to answer a delivered notification with a receipt. */
    public static final Duration RECEIPT_WAIT = Duration.ofDays(2);

    /** How long after a change takes effect a missing acknowledgement is still shown. */
    public static final int NOTICES_KEPT_DAYS = 30;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Cadences cadences;

    public List<Deadline> of(long community, LocalDate today, Instant now) {
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.addAll(papersDue(community, today, now));
        deadlines.addAll(meetingsMissing(community, today));
        deadlines.addAll(termsEnding(community, today));
        deadlines.addAll(leadershipChanges(community, today));
        deadlines.addAll(receiptsMissing(community, now));
        deadlines.addAll(changeNoticesUnacknowledged(community, today));
        deadlines.addAll(newslettersMissing(community, today));
        deadlines.addAll(measuresDue(community, today));
        return deadlines;
    }

    /** R-CASE-3: every case on a coming meeting's agenda whose papers are not sent, due 14 days before the meeting. */
    List<Deadline> papersDue(long community, LocalDate today, Instant now) {
        List<AgendaItem> items = em.createQuery("""
                        SELECT a FROM AgendaItem a JOIN FETCH a.meeting JOIN FETCH a.caseFile JOIN FETCH a.meeting.body
                        WHERE a.meeting.community.id = :c AND a.meeting.startsAt > :now AND a.outcome IS NULL""",
                        AgendaItem.class)
                .setParameter("c", community).setParameter("now", now).getResultList();
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocalDate>> sent = em.createQuery(
                        "SELECT p FROM CasePaper p WHERE p.caseFile IN :files", CasePaper.class)
                .setParameter("files", items.stream().map(AgendaItem::getCaseFile).distinct().toList())
                .getResultStream().collect(Collectors.groupingBy(p -> p.getCaseFile().getId(),
                        Collectors.mapping(CasePaper::getSentOn, Collectors.toList())));
        List<Deadline> deadlines = new ArrayList<>();
        for (AgendaItem item : items) {
            Meeting meeting = item.getMeeting();
            var file = item.getCaseFile();
            PaperStatus status = PaperDeadline.status(sent.getOrDefault(file.getId(), List.of()), meeting.getStartsAt(),
                    today, item.hasException());
            if (status == PaperStatus.DUE || status == PaperStatus.LATE) {
                deadlines.add(new Deadline(PaperDeadline.dueOn(meeting.getStartsAt()), DeadlineKind.PAPERS_DUE,
                        meeting.getBody().getCode() + " " + file.number() + ": " + file.getTitle(),
                        status == PaperStatus.LATE, "/app/case", file.getId(),
                        file.getProposedBy() == null ? null : file.getProposedBy().getId(), meeting.getBody().getId()));
            }
        }
        return deadlines;
    }

    /** R-BODY-1 / R-BODY-2: periods of this year begun without a meeting of SSU or the partnership meeting. */
    List<Deadline> meetingsMissing(long community, LocalDate today) {
        return cadences.of(community, today).stream()
                .map(gap -> new Deadline(gap.to(), DeadlineKind.MEETING_MISSING, gap.bodyCode() + " "
                        + (gap.quarter() == 0 ? String.valueOf(gap.year()) : gap.year() + " K" + gap.quarter()),
                        today.isAfter(gap.to()), "/app/meetings", null, null, gap.bodyId()))
                .toList();
    }

    /** Terms of office ending within {@value #TERMS_AHEAD_DAYS} days with no new term of the same person after them. */
    List<Deadline> termsEnding(long community, LocalDate today) {
        List<Membership> memberships = em.createQuery("""
                        SELECT m FROM Membership m JOIN FETCH m.body WHERE m.body.community.id = :c
                        AND m.termTo IS NOT NULL AND m.termTo >= :today AND m.termTo <= :until""", Membership.class)
                .setParameter("c", community).setParameter("today", today)
                .setParameter("until", today.plusDays(TERMS_AHEAD_DAYS)).getResultList();
        List<Deadline> deadlines = new ArrayList<>();
        for (Membership m : memberships) {
            long renewed = em.createQuery("""
                            SELECT COUNT(n) FROM Membership n WHERE n.body = :b AND n.person = :p AND n.termFrom > :to""",
                            Long.class)
                    .setParameter("b", m.getBody()).setParameter("p", m.getPerson()).setParameter("to", m.getTermTo())
                    .getSingleResult();
            if (renewed == 0) {
                Partner partner = m.getPerson().getPartner();
                deadlines.add(new Deadline(m.getTermTo(), DeadlineKind.TERM_ENDING,
                        m.getBody().getCode() + ": " + m.getPerson().getFullName(), false, "/app/body",
                        m.getBody().getId(), partner == null ? null : partner.getId(), m.getBody().getId()));
            }
        }
        return deadlines;
    }

    /**
     * R-BODY-2 / R-BODY-4: a body's last leadership term ends within {@value #TERMS_AHEAD_DAYS} days, or has ended,
     * and the next leader is not appointed.
     */
    List<Deadline> leadershipChanges(long community, LocalDate today) {
        Map<Body, List<LeadershipTerm>> byBody = em.createQuery("""
                        SELECT t FROM LeadershipTerm t JOIN FETCH t.body WHERE t.body.community.id = :c""",
                        LeadershipTerm.class)
                .setParameter("c", community).getResultStream()
                .collect(Collectors.groupingBy(LeadershipTerm::getBody));
        List<Deadline> deadlines = new ArrayList<>();
        byBody.forEach((body, terms) -> {
            LeadershipTerm last = terms.stream().max(Comparator.comparing(LeadershipTerm::getTermTo)).orElseThrow();
            LocalDate changeOn = last.getTermTo().plusDays(1);
            if (body.isValidOn(today) && body.isValidOn(changeOn) && !changeOn.isAfter(today.plusDays(TERMS_AHEAD_DAYS))) {
                deadlines.add(new Deadline(changeOn, DeadlineKind.LEADERSHIP_CHANGE,
                        body.getCode() + ": " + last.getLeader().getFullName(), changeOn.isBefore(today), "/app/body",
                        body.getId(), null, body.getId()));
            }
        });
        return deadlines;
    }

    /** Delivered notifications an archive has not answered within {@link #RECEIPT_WAIT}, one line per archive. */
    List<Deadline> receiptsMissing(long community, Instant now) {
        List<Object[]> rows = em.createQuery("""
                        SELECT o.recipientPartnerId, COUNT(o), MIN(o.sentAt) FROM OutboxMessage o
                        WHERE o.communityId = :c AND o.receiptAt IS NULL AND o.sentAt < :limit
                        GROUP BY o.recipientPartnerId""", Object[].class)
                .setParameter("c", community).setParameter("limit", now.minus(RECEIPT_WAIT)).getResultList();
        List<Deadline> deadlines = new ArrayList<>();
        for (Object[] row : rows) {
            long partnerId = (Long) row[0];
            Partner partner = em.find(Partner.class, partnerId);
            Instant oldest = (Instant) row[2];
            deadlines.add(new Deadline(oldest.plus(RECEIPT_WAIT).atZone(Resources.OSLO).toLocalDate(), DeadlineKind.RECEIPT_MISSING, partner.getName() + ": " + row[1], true,
                    "/app/admin/archive", null, partnerId, null));
        }
        return deadlines;
    }

    /**
     * R-INFO-1: each party that has not acknowledged another party's change notice, until the change has been in
     * effect for {@value #NOTICES_KEPT_DAYS} days.
     */
    List<Deadline> changeNoticesUnacknowledged(long community, LocalDate today) {
        List<ChangeNotice> notices = em.createQuery("""
                        SELECT n FROM ChangeNotice n WHERE n.community.id = :c AND n.effectiveFrom >= :since""",
                        ChangeNotice.class)
                .setParameter("c", community).setParameter("since", today.minusDays(NOTICES_KEPT_DAYS)).getResultList();
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> acknowledged = em.createQuery(
                        "SELECT a FROM Acknowledgement a WHERE a.notice IN :n", Acknowledgement.class)
                .setParameter("n", notices).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getNotice().getId(),
                        Collectors.mapping(a -> a.getPartner().getId(), Collectors.toList())));
        List<CommunityParty> parties = em.createQuery(
                        "SELECT p FROM CommunityParty p JOIN FETCH p.partner WHERE p.community.id = :c", CommunityParty.class)
                .setParameter("c", community).getResultStream().filter(p -> p.isActiveOn(today)).toList();
        List<Deadline> deadlines = new ArrayList<>();
        for (ChangeNotice notice : notices) {
            List<Long> done = acknowledged.getOrDefault(notice.getId(), List.of());
            for (CommunityParty party : parties) {
                long partnerId = party.getPartner().getId();
                if (partnerId != notice.getPartner().getId() && !done.contains(partnerId)) {
                    deadlines.add(new Deadline(notice.getEffectiveFrom(), DeadlineKind.CHANGE_NOTICE,
                            notice.getPartner().getName() + ": " + notice.getTitle(),
                            today.isAfter(notice.getEffectiveFrom()), "/app/change-notices", null, partnerId, null));
                }
            }
        }
        return deadlines;
    }

    /** R-PUB-1: each third of this year that has begun without a newsletter published in it. */
    List<Deadline> newslettersMissing(long community, LocalDate today) {
        List<LocalDate> published = em.createQuery("""
                        SELECT n.publishedOn FROM Newsletter n WHERE n.community.id = :c AND n.year = :y
                        AND n.publishedOn IS NOT NULL""", LocalDate.class)
                .setParameter("c", community).setParameter("y", today.getYear()).getResultList();
        List<Deadline> deadlines = new ArrayList<>();
        for (int third = 1; third <= Newsletter.thirdOf(today); third++) {
            int current = third;
            if (published.stream().noneMatch(day -> Newsletter.thirdOf(day) == current)) {
                LocalDate end = LocalDate.of(today.getYear(), (third - 1) * 4 + 1, 1).plusMonths(4).minusDays(1);
                deadlines.add(new Deadline(end, DeadlineKind.NEWSLETTER_MISSING, today.getYear() + " " + third + "/3",
                        today.isAfter(end), "/app/newsletters", null, null, null));
            }
        }
        return deadlines;
    }

    /** R-PUB-1: open measures of the action plans, by their due day, for the party responsible. */
    List<Deadline> measuresDue(long community, LocalDate today) {
        return em.createQuery("""
                        SELECT m FROM ActionMeasure m WHERE m.plan.strategy.community.id = :c
                        AND m.status IN (:planned, :ongoing)""", ActionMeasure.class)
                .setParameter("c", community).setParameter("planned", MeasureStatus.PLANNED)
                .setParameter("ongoing", MeasureStatus.ONGOING).getResultStream()
                .map(m -> new Deadline(m.getDueOn(), DeadlineKind.ACTION_MEASURE,
                        m.getPlan().getYear() + " " + m.getGoal().getOrdinal() + ": " + m.getText() + " ("
                                + m.getResponsible().getName() + ")",
                        today.isAfter(m.getDueOn()), "/app/strategy", null, m.getResponsible().getId(), null))
                .toList();
    }
}

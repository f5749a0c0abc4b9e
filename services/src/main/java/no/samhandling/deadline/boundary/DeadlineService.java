package no.samhandling.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.agreement.boundary.NoticeLine;
import no.samhandling.agreement.boundary.PublicationStatus;
import no.samhandling.agreement.boundary.ReviewDue;
import no.samhandling.agreement.boundary.ReviewLine;
import no.samhandling.agreement.boundary.VersionDetails;
import no.samhandling.agreement.boundary.VersionLine;
import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.body.entity.Membership;
import no.samhandling.deadline.control.WorkDeadlines;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;
import no.samhandling.user.entity.UserAccount;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every deadline the agreement sets, in one list sorted by date (Europe/Oslo calendar): publication, yearly review,
 * notice periods, revision, missing consultations, follow-up actions, case papers, meetings missing, terms of office
 * and leadership ending, archive receipts missing. The start page shows each user what concerns them.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class DeadlineService {

    private static final String AGREEMENT = "/app/agreement";
    private static final String VERSION = "/app/agreement-version";
    /** The last review held, named by its day as Norwegians write it (the subject of the next review's deadline). */
    private static final DateTimeFormatter LAST_HELD = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    AgreementService agreements;

    @Inject
    AgreementVersionService versions;

    @Inject
    FollowUpService followUp;

    @Inject
    WorkDeadlines work;

    @Inject
    no.samhandling.deadline.control.OverviewCache cache;

    @Inject
    CurrentActor currentActor;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Clock clock;

    /** Every deadline of the community, by date (kept between changes: {@link OverviewCache}). */
    public List<Deadline> overview() {
        return cache.of(currentActor.get().communityId(), clock.instant(), this::computeOverview);
    }

    private List<Deadline> computeOverview() {
        LocalDate today = LocalDate.now(clock);
        List<Deadline> deadlines = new ArrayList<>();
        for (VersionLine v : versions.versions()) {
            String subject = "Versjon " + v.label();
            if ((v.status() == AgreementStatus.SIGNING || v.status() == AgreementStatus.IN_FORCE) && v.publishedOn() == null) {
                PublicationStatus publication = agreements.publication(v.id());
                if (publication.due() != null) {
                    deadlines.add(Deadline.common(publication.due(), DeadlineKind.PUBLICATION, subject,
                            publication.overdue(), VERSION, v.id()));
                }
            }
            if (v.status() == AgreementStatus.IN_FORCE && v.nextRevisionYear() != null) {
                LocalDate revision = LocalDate.of(v.nextRevisionYear(), 12, 31);
                deadlines.add(Deadline.common(revision, DeadlineKind.REVISION, subject, today.isAfter(revision),
                        VERSION, v.id()));
            }
            if (v.status() == AgreementStatus.CONSULTATION || v.status() == AgreementStatus.APPROVED) {
                VersionDetails details = versions.details(v.id());
                if (details.consultationsMissing() > 0 && details.consultationException() == null) {
                    deadlines.add(Deadline.common(today, DeadlineKind.CONSULTATIONS,
                            subject + ": " + details.consultationsMissing(), false, VERSION, v.id()));
                }
            }
        }
        for (ReviewLine r : agreements.reviews()) {
            if (r.heldOn() == null) {
                deadlines.add(Deadline.common(r.plannedOn(), DeadlineKind.REVIEW, String.valueOf(r.year()), r.overdue(),
                        AGREEMENT, null));
            }
        }
        ReviewDue review = agreements.reviewDue();
        if (review.dueOn() != null && (review.overdue() || !review.plannedInTime())) {
            deadlines.add(Deadline.common(review.dueOn(), DeadlineKind.REVIEW_DUE,
                    review.lastHeldOn().format(LAST_HELD), review.overdue(), AGREEMENT, null));
        }
        if (review.missingThisYear()) {
            deadlines.add(Deadline.common(LocalDate.of(today.getYear(), 12, 31), DeadlineKind.REVIEW_NOT_PLANNED,
                    String.valueOf(today.getYear()), false, AGREEMENT, null));
        }
        for (NoticeLine n : agreements.notices()) {
            if (!n.effectiveOn().isBefore(today)) {
                deadlines.add(Deadline.common(n.effectiveOn(), n.kind() == NoticeKind.TERMINATION
                        ? DeadlineKind.TERMINATION : DeadlineKind.RENEGOTIATION, n.partner(), false, AGREEMENT, null));
            }
        }
        for (FollowUpLine f : followUp.list(true)) {
            deadlines.add(new Deadline(f.dueOn(), DeadlineKind.FOLLOW_UP,
                    f.bodyCode() + " " + f.caseNumber() + ": " + f.description() + " (" + f.responsible() + ")",
                    f.overdue(), "/app/case", f.caseId(), f.responsibleId(), null));
        }
        deadlines.addAll(work.of(currentActor.get().communityId(), today, clock.instant()));
        deadlines.sort(Deadline.BY_DATE);
        return deadlines;
    }

    /**
     * The signed-in user's start page: what concerns them (see {@link Deadline#concerns}) that has passed or falls
     * due within the given number of days; their own partner's and bodies' items first, each part by date.
     */
    public List<Deadline> mine(int daysAhead) {
        Actor actor = currentActor.get();
        return reader(actor.userId()).due(overview(), LocalDate.now(clock), daysAhead);
    }

    /** Today in Oslo, as the deadlines count it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The user as a reader of deadlines: roles, partner, and the bodies they sit in today (matched by work e-mail). */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public Deadline.Reader reader(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        LocalDate today = LocalDate.now(clock);
        Set<Long> bodies = user.getEmail() == null ? Set.of() : em.createQuery("""
                        SELECT m FROM Membership m JOIN FETCH m.body WHERE m.body.community = :c
                        AND LOWER(m.person.workEmail) = LOWER(:email)""", Membership.class)
                .setParameter("c", user.getCommunity()).setParameter("email", user.getEmail()).getResultStream()
                .filter(m -> m.isActiveOn(today)).map(m -> m.getBody().getId()).collect(Collectors.toSet());
        return new Deadline.Reader(user.getRoles(), user.getPartner() == null ? null : user.getPartner().getId(), bodies);
    }
}

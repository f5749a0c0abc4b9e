package no.samhandling.agreement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementNotice;
import no.samhandling.agreement.entity.AgreementReview;
import no.samhandling.agreement.entity.ReviewCycle;
import no.samhandling.agreement.entity.AgreementSignature;
import no.samhandling.agreement.entity.FrameworkAgreement;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.agreement.control.Agreements;
import no.samhandling.archive.control.ArchiveNotifier;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.CommunityParty;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The framework agreement's versions and their bilateral signatures. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class AgreementService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Partners partners;

    @Inject
    ArchiveNotifier archive;

    @Inject
    Clock clock;

    @Inject
    Agreements agreements;

    /** The version in force today in the user's community, if any. */
    public long currentVersionId() {
        return em.createQuery("""
                        SELECT v.id FROM AgreementVersion v WHERE v.agreement.community.id = :c
                        AND v.status = no.samhandling.agreement.entity.AgreementStatus.IN_FORCE""", Long.class)
                .setParameter("c", currentActor.get().communityId())
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("AgreementVersion", "in force"));
    }

    public AgreementVersionSummary summary(long versionId) {
        AgreementVersion version = version(versionId);
        List<SignatureLine> lines = signatures(versionId);
        return new AgreementVersionSummary(version.getId(), version.title(), version.getLabel(), version.getStatus(),
                version.getValidFrom(), version.getNextRevisionYear(),
                (int) lines.stream().filter(SignatureLine::signed).count(), lines.size());
    }

    /** R-AGR-3: every party of the community with its signature on the version, or a gap. */
    public List<SignatureLine> signatures(long versionId) {
        AgreementVersion version = version(versionId);
        Map<Long, AgreementSignature> byPartner = version.getSignatures().stream()
                .collect(Collectors.toMap(s -> s.getPartner().getId(), Function.identity()));
        List<Partner> parties = new java.util.ArrayList<>(partners.partnersIn(currentActor.get().communityId()));
        java.util.Set<Long> today = ids(parties);
        version.getSignatures().stream().map(AgreementSignature::getPartner)
                .filter(signer -> !today.contains(signer.getId()))
                .forEach(parties::add); // a party that has left since keeps its signature on record
        return parties.stream()
                .map(p -> {
                    AgreementSignature s = byPartner.get(p.getId());
                    return new SignatureLine(p.getId(), p.getName(), s != null, s == null ? null : s.getSignedOn(),
                            s == null ? null : s.getSignatoryRole());
                })
                .toList();
    }

    /**
     * R-AGR-3: records a party's signature on a version. The secretariat records any party's; an administrator
     * only their own party's. The hospital's and the signing party's archives are notified in this transaction.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public SignatureLine recordSignature(long versionId, long partnerId, LocalDate signedOn, SignatoryRole role) {
        Actor actor = currentActor.get();
        AgreementVersion version = version(versionId);
        CommunityParty membership = partners.getInCommunity(actor.communityId(), partnerId);
        Partner party = membership.getPartner();
        if (!actor.mayChangePartner(partnerId)) {
            throw new Forbidden(actor.username() + " may not sign for partner " + partnerId);
        }
        if (signedOn != null && !membership.isActiveOn(signedOn)) {
            throw new RuleViolation("R-AGR-8", "agreement.signature.notAParty", party.getName(), signedOn);
        }
        AgreementSignature signature = version.sign(party, signedOn, role, LocalDate.now(clock), clock.instant(),
                actor.username());
        em.persist(signature);
        em.flush();
        List<Partner> parties = partners.partnersIn(actor.communityId());
        archive.signatureRecorded(actor.communityId(), signature, ArchiveNotifier.hospitals(parties));
        return new SignatureLine(party.getId(), party.getName(), true, signedOn, role);
    }

    /** R-AGR-4: the version's way to publication, with its deadline flagged when passed. */
    public PublicationStatus publication(long versionId) {
        AgreementVersion version = version(versionId);
        java.util.Set<Long> today = ids(partners.partnersIn(currentActor.get().communityId()));
        int parties = today.size();
        int signed = (int) version.getSignatures().stream().filter(s -> today.contains(s.getPartner().getId())).count();
        LocalDate last = signed == parties ? version.lastSignature().orElse(null) : null;
        LocalDate due = last == null ? null : AgreementVersion.publicationDue(last);
        boolean overdue = due != null && version.getPublishedOn() == null && LocalDate.now(clock).isAfter(due);
        return new PublicationStatus(version.getId(), version.getLabel(), signed, parties, last, due, overdue,
                version.getPublishedOn(), version.getPublishedUrl(), version.getDirectorateNotifiedOn());
    }

    /** R-AGR-4: the hospital (or the secretariat for it) records the publication and the link sent to the Directorate. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.HOSPITAL_ADMIN})
    public PublicationStatus publish(long versionId, LocalDate publishedOn, String url, LocalDate directorateNotifiedOn) {
        Actor actor = currentActor.get();
        List<Partner> parties = partners.partnersIn(actor.communityId());
        if (ArchiveNotifier.hospitals(parties).stream().noneMatch(h -> actor.mayChangePartner(h.getId()))) {
            throw new Forbidden(actor.username() + " does not publish for the hospital");
        }
        AgreementVersion version = version(versionId);
        version.publish(parties.size(), publishedOn, url, directorateNotifiedOn, LocalDate.now(clock));
        em.flush();
        archive.versionPublished(actor.communityId(), version, parties);
        return publication(versionId);
    }

    /**
     * R-AGR-7 / R-AGR-8: records a party's written notice. A termination ends that party's bilateral relation on the
     * day the year's notice has run; every other relation stays. A party terminates once.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public NoticeLine recordNotice(long partnerId, NoticeKind kind, LocalDate receivedOn, String reason) {
        Actor actor = currentActor.get();
        CommunityParty party = partners.getInCommunity(actor.communityId(), partnerId);
        if (!actor.mayChangePartner(partnerId)) {
            throw new Forbidden(actor.username() + " may not give notice for partner " + partnerId);
        }
        FrameworkAgreement agreement = agreement(actor);
        if (kind == NoticeKind.TERMINATION && (party.getLeftOn() != null || !notices(partnerId, kind).isEmpty())) {
            throw new RuleViolation("R-AGR-8", "agreement.notice.alreadyTerminated", party.getPartner().getName());
        }
        AgreementNotice notice = new AgreementNotice(agreement, party.getPartner(), kind, receivedOn, reason,
                LocalDate.now(clock), clock.instant(), actor.username());
        em.persist(notice);
        if (kind == NoticeKind.TERMINATION) {
            party.leaveOn(notice.getEffectiveOn());
        }
        em.flush();
        List<Partner> parties = partners.partnersIn(actor.communityId());
        archive.noticeRecorded(actor.communityId(), notice, ArchiveNotifier.hospitals(parties));
        return line(notice);
    }

    /** Every notice of the community's parties, newest first. */
    public List<NoticeLine> notices() {
        return em.createQuery("SELECT n FROM AgreementNotice n WHERE n.agreement.community.id = :c "
                        + "ORDER BY n.receivedOn DESC, n.id DESC", AgreementNotice.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .map(AgreementService::line).toList();
    }

    private List<AgreementNotice> notices(long partnerId, NoticeKind kind) {
        return em.createQuery("SELECT n FROM AgreementNotice n WHERE n.agreement.community.id = :c "
                        + "AND n.partner.id = :p AND n.kind = :k", AgreementNotice.class)
                .setParameter("c", currentActor.get().communityId()).setParameter("p", partnerId)
                .setParameter("k", kind).getResultList();
    }

    private static NoticeLine line(AgreementNotice n) {
        return new NoticeLine(n.getId(), n.getPartner().getId(), n.getPartner().getName(), n.getKind(),
                n.getReceivedOn(), n.getEffectiveOn(), n.getReason());
    }

    /** R-AGR-6: the yearly reviews, newest year first. */
    public List<ReviewLine> reviews() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT r FROM AgreementReview r WHERE r.agreement.community.id = :c ORDER BY r.year DESC",
                        AgreementReview.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .map(r -> new ReviewLine(r.getId(), r.getVersion(), r.getYear(), r.getPlannedOn(), r.getHeldOn(),
                        r.getSummary(), r.isOverdueOn(today))).toList();
    }

    /** R-AGR-6: whether this year's review is missing from the plan (flagged on the agreement page). */
    public boolean reviewMissingThisYear() {
        int year = LocalDate.now(clock).getYear();
        return reviews().stream().noneMatch(r -> r.year() == year);
    }

    /** R-AGR-6: when the next yearly review is due (a year after the last held), and whether that day has passed. */
    public ReviewDue reviewDue() {
        LocalDate today = LocalDate.now(clock);
        List<ReviewLine> reviews = reviews();
        ReviewCycle cycle = ReviewCycle.of(reviews.stream().map(ReviewLine::heldOn).toList());
        LocalDate dueOn = cycle.dueOn().orElse(null);
        boolean planned = dueOn != null && reviews.stream()
                .anyMatch(r -> r.heldOn() == null && !r.plannedOn().isAfter(dueOn));
        return new ReviewDue(cycle.lastHeldOn(), dueOn, cycle.isOverdueOn(today), planned,
                reviews.stream().noneMatch(r -> r.year() == today.getYear()));
    }

    /** R-AGR-6: plans the review of the year of the given day; one per year. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long planReview(LocalDate plannedOn) {
        Actor actor = currentActor.get();
        AgreementReview review = new AgreementReview(agreement(actor), plannedOn, actor.username());
        if (reviews().stream().anyMatch(r -> r.year() == review.getYear())) {
            throw new RuleViolation("R-AGR-6", "agreement.review.alreadyPlanned", review.getYear());
        }
        em.persist(review);
        em.flush();
        return review.getId();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void recordReview(long reviewId, long seenVersion, LocalDate heldOn, String summary) {
        Actor actor = currentActor.get();
        AgreementReview review = em.find(AgreementReview.class, reviewId);
        if (review == null || review.getAgreement().getCommunity().getId() != actor.communityId()) {
            throw new NotFound("AgreementReview", reviewId);
        }
        review.requireVersion(seenVersion);
        review.held(heldOn, summary, LocalDate.now(clock), actor.username());
    }

    private FrameworkAgreement agreement(Actor actor) {
        return agreements.of(actor.communityId());
    }

    private AgreementVersion version(long versionId) {
        return agreements.version(currentActor.get().communityId(), versionId);
    }

    /** The ids of the parties, to ask whether a signer is one of them. */
    private static java.util.Set<Long> ids(List<Partner> parties) {
        return parties.stream().map(Partner::getId).collect(Collectors.toSet());
    }
}

package no.samhandling.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementNotice;
import no.samhandling.agreement.entity.AgreementSignature;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.dispute.entity.Dispute;
import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one entrance for every change an archive system must hear of. It only writes outbox rows, in the caller's
 * transaction (MANDATORY): a change that rolls back leaves no row, a change that commits leaves exactly one row per
 * concerned archive. {@link OutboxRelay} delivers them after commit. The payload is a KS Fiks Arkiv V1 arkivmelding.
 */
@Stateless
@PermitAll // called by the boundaries, which check the roles
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ArchiveNotifier {

    public static final String SCHEMA_VERSION = "fiks-arkiv-v1";

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    /** A partner connected (or re-addressed) its archive system: its archive files the connection. */
    public void archiveConnected(long communityId, Partner partner) {
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("partner/" + partner.getId(), "Samhandling: " + partner.getName(), null,
                        List.of(partner.getName())),
                new Arkivmelding.Note("partner/" + partner.getId() + "/archive/" + partner.getArchive().account(),
                        "Arkivtilknytning: " + partner.getArchive().system(), today(),
                        "Fiks Arkiv-konto " + partner.getArchive().account() + " mottar meldinger fra Samhandling."));
        record(communityId, Set.of(partner.getId()), "partner.archive-connected", "Partner", partner.getId(), payload);
    }

    /**
     * R-AGR-3 / R-AGR-5: a party signed an agreement version. The signature concerns the hospital and the signing
     * party: their archives receive the version's folder with the signature as a record.
     */
    public void signatureRecorded(long communityId, AgreementSignature signature, List<Partner> hospitals) {
        AgreementVersion version = signature.getAgreementVersion();
        Set<Partner> concerned = new LinkedHashSet<>(hospitals);
        concerned.add(signature.getPartner());
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("agreement-version/" + version.getId(), version.title(), version.getValidFrom(),
                        concerned.stream().map(Partner::getName).toList()),
                new Arkivmelding.Note("agreement-signature/" + signature.getId(),
                        "Signatur: " + signature.getPartner().getName(), signature.getSignedOn(),
                        signature.getPartner().getName() + " signerte " + version.title() + " "
                                + signature.getSignedOn() + " (" + signature.getSignatoryRole() + ")."));
        Set<Long> recipients = concerned.stream().map(Partner::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        record(communityId, recipients, "agreement.signature-recorded", "AgreementVersion", version.getId(), payload);
    }

    /**
     * R-CASE-5: a body decided a case; the decision binds every party, so every party's archive files it. A
     * correction after approved minutes and a case closed without consensus are sent the same way.
     */
    public void caseOutcome(long communityId, CaseOutcome outcome, List<Partner> parties) {
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("case/" + outcome.caseId(), outcome.caseTitle(), outcome.caseDate(),
                        parties.stream().map(Partner::getName).toList()),
                new Arkivmelding.Note(outcome.recordKey(), outcome.recordTitle(), outcome.recordDate(),
                        outcome.text()));
        Set<Long> recipients = parties.stream().map(Partner::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        record(communityId, recipients, outcome.type(), "Case", outcome.caseId(), payload);
    }

    /** What an archive needs of a case's outcome: the case folder and the record of this outcome. */
    public record CaseOutcome(String type, long caseId, String caseTitle, LocalDate caseDate, String recordKey,
                              String recordTitle, LocalDate recordDate, String text) {
    }

    /** R-AGR-4: the version is published; every party's archive files the publication with its link. */
    public void versionPublished(long communityId, AgreementVersion version, List<Partner> parties) {
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("agreement-version/" + version.getId(), version.title(), version.getValidFrom(),
                        parties.stream().map(Partner::getName).toList()),
                new Arkivmelding.Note("agreement-version/" + version.getId() + "/publication",
                        "Publisert: " + version.title(), version.getPublishedOn(),
                        version.title() + " er publisert " + version.getPublishedOn() + ": " + version.getPublishedUrl()
                                + (version.getDirectorateNotifiedOn() == null ? ""
                                : ". Lenken er sendt Helsedirektoratet " + version.getDirectorateNotifiedOn() + ".")));
        Set<Long> recipients = parties.stream().map(Partner::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        record(communityId, recipients, "agreement.version-published", "AgreementVersion", version.getId(), payload);
    }

    /**
     * R-AGR-7 / R-AGR-8: a party's written notice concerns the bilateral relation: the hospital's archive and the
     * party's own file it.
     */
    public void noticeRecorded(long communityId, AgreementNotice notice, List<Partner> hospitals) {
        Set<Partner> concerned = new LinkedHashSet<>(hospitals);
        concerned.add(notice.getPartner());
        String kind = notice.getKind() == NoticeKind.TERMINATION ? "Oppsigelse" : "Krav om reforhandling";
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("agreement/" + notice.getAgreement().getId(), notice.getAgreement().getTitle(),
                        null, concerned.stream().map(Partner::getName).toList()),
                new Arkivmelding.Note("agreement-notice/" + notice.getId(),
                        kind + " fra " + notice.getPartner().getName(), notice.getReceivedOn(),
                        kind + " fra " + notice.getPartner().getName() + " mottatt " + notice.getReceivedOn()
                                + ", virkning fra " + notice.getEffectiveOn()
                                + (notice.getReason() == null ? "." : ": " + notice.getReason())));
        Set<Long> recipients = concerned.stream().map(Partner::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        record(communityId, recipients, "agreement.notice-recorded", "Agreement", notice.getAgreement().getId(), payload);
    }

    /**
     * R-AGR-1: a version took a step of its life (to consultation, approved, out for signing, in force). The version
     * binds every party, so every party's archive files the step; a version coming into force names the one it
     * supersedes in the same record.
     */
    public void versionStepTaken(long communityId, AgreementVersion version, AgreementVersion superseded,
                                 List<Partner> parties) {
        var step = version.getEvents().get(version.getEvents().size() - 1);
        String text = version.title() + ": " + (step.getFromStatus() == null ? "" : step.getFromStatus() + " → ")
                + step.getToStatus() + " " + step.getChangedOn() + " (" + step.getChangedBy() + ")"
                + (superseded == null ? "" : ". Erstatter versjon " + superseded.getLabel())
                + (step.getNote() == null ? "." : ": " + step.getNote());
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("agreement-version/" + version.getId(), version.title(), version.getValidFrom(),
                        parties.stream().map(Partner::getName).toList()),
                new Arkivmelding.Note("agreement-version/" + version.getId() + "/step/" + step.getToStatus(),
                        "Avtaleversjon " + version.getLabel() + ": " + step.getToStatus(), step.getChangedOn(), text));
        Set<Long> recipients = parties.stream().map(Partner::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        record(communityId, recipients, "agreement.version-step", "AgreementVersion", version.getId(), payload);
    }

    /**
     * R-DSP-3: a dispute was opened, took a step, or ended. Its parties' archives (the hospital and the municipality,
     * or every party when community-wide) file the dispute as a folder and each change as a record.
     */
    public void disputeChanged(long communityId, Dispute dispute, String type, List<Partner> concerned) {
        var step = dispute.lastStep();
        boolean closed = dispute.getClosedOn() != null;
        String recordKey = "dispute/" + dispute.getId() + (closed ? "/" + dispute.getStatus().name().toLowerCase()
                : "/step/" + step.getStep());
        String text = closed
                ? "Tvist " + dispute.number() + " " + (dispute.getStatus().name().equals("WITHDRAWN") ? "trukket" : "løst")
                        + " " + dispute.getClosedOn() + " på trinn " + step.getStep() + ": " + dispute.getOutcome()
                : "Tvist " + dispute.number() + ", trinn " + step.getStep() + " " + step.getTakenOn() + ", bedt om av "
                        + step.getAskedBy().getName() + ": " + step.getReason()
                        + (step.getMembers().isEmpty() ? "" : ". Forhandlingsutvalg: " + step.getMembers().stream()
                        .map(m -> m.getName() + " (" + m.getPartner().getName() + ")").collect(Collectors.joining(", ")));
        String payload = Arkivmelding.of(
                new Arkivmelding.Folder("dispute/" + dispute.getId(), "Tvist " + dispute.number() + ": " + dispute.getTitle(),
                        dispute.getOpenedOn(), concerned.stream().map(Partner::getName).toList()),
                new Arkivmelding.Note(recordKey, "Tvist " + dispute.number() + ": " + (closed ? dispute.getStatus() : step.getStep()),
                        closed ? dispute.getClosedOn() : step.getTakenOn(), text));
        Set<Long> recipients = concerned.stream().map(Partner::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        record(communityId, recipients, type, "Dispute", dispute.getId(), payload);
    }

    /** Hospital trusts among the given parties: they are concerned by every bilateral event. */
    public static List<Partner> hospitals(List<Partner> parties) {
        return parties.stream().filter(p -> p.getKind() == PartnerKind.HOSPITAL_TRUST).toList();
    }

    private void record(long communityId, Set<Long> recipients, String type, String aggregateType, long aggregateId,
                        String payload) {
        Instant now = clock.instant();
        Map<Long, Long> last = lastSequences(aggregateType, aggregateId, recipients);
        for (long recipient : recipients) {
            em.persist(new OutboxMessage(communityId, recipient, type, aggregateType, aggregateId,
                    last.getOrDefault(recipient, 0L) + 1, payload, now));
        }
        written.fire(new OutboxWritten());
    }

    /**
     * The last number sent to each recipient about this record, whether still hot or moved by retention: two
     * queries for all recipients (an index range each), not two per recipient.
     */
    private Map<Long, Long> lastSequences(String aggregateType, long aggregateId, Set<Long> recipients) {
        Map<Long, Long> last = new HashMap<>();
        for (String entity : List.of("OutboxMessage", "ArchivedOutboxMessage")) {
            em.createQuery("SELECT o.recipientPartnerId, MAX(o.sequenceNumber) FROM " + entity + " o "
                            + "WHERE o.aggregateType = :type AND o.aggregateId = :id AND o.recipientPartnerId IN :recipients "
                            + "GROUP BY o.recipientPartnerId", Object[].class)
                    .setParameter("type", aggregateType)
                    .setParameter("id", aggregateId)
                    .setParameter("recipients", recipients)
                    .getResultStream()
                    .forEach(row -> last.merge((Long) row[0], ((Number) row[1]).longValue(), Math::max));
        }
        return last;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

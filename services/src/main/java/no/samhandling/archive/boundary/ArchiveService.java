package no.samhandling.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.archive.control.DeadLetters;
import no.samhandling.archive.control.Kvittering;
import no.samhandling.archive.entity.ArchiveReceipt;
import no.samhandling.archive.entity.OutboxMessage;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The archive systems' side (catch-up feed, receipts) and the operations' side (what waits, what has no receipt,
 * send again) of the archive notifications.
 */
@Stateless
public class ArchiveService {

    private static final int MAX_FEED = 500;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    DeadLetters deadLetters;

    /**
     * Everything for the caller's archive after {@code since} (an outbox position), oldest first: the messages moved
     * out of the hot outbox by retention keep their ids, so both tables are read and merged in id order.
     */
    @RolesAllowed(Role.Names.ARCHIVE_SYSTEM)
    public List<FeedEntry> feed(long since, int limit) {
        Long partner = currentActor.get().partnerId();
        int most = Math.max(1, Math.min(limit, MAX_FEED));
        List<FeedEntry> moved = feedFrom("ArchivedOutboxMessage", partner, since, most);
        List<FeedEntry> hot = feedFrom("OutboxMessage", partner, since, most);
        if (moved.isEmpty()) {
            return hot;
        }
        return java.util.stream.Stream.concat(moved.stream(), hot.stream())
                .sorted(java.util.Comparator.comparingLong(FeedEntry::position))
                .limit(most).toList();
    }

    /** One table's part of the feed: the hot outbox or the messages retention moved (the same columns). */
    private List<FeedEntry> feedFrom(String entity, Long partner, long since, int most) {
        return em.createQuery("SELECT new no.samhandling.archive.boundary.FeedEntry(o.id, o.messageId, o.messageType, "
                        + "o.aggregateType, o.aggregateId, o.sequenceNumber, o.createdAt, o.payload) FROM " + entity
                        + " o WHERE o.recipientPartnerId = :partner AND o.id > :since ORDER BY o.id", FeedEntry.class)
                .setParameter("partner", partner)
                .setParameter("since", since)
                .setMaxResults(most)
                .getResultList();
    }

    /** R-AGR-5: an archive's receipt for a message addressed to it. A second receipt for the same message is refused. */
    @RolesAllowed(Role.Names.ARCHIVE_SYSTEM)
    public ArchiveMessageSummary receipt(String messageId, String kvitteringXml) {
        Actor actor = currentActor.get();
        OutboxMessage message = em.createQuery("SELECT o FROM OutboxMessage o WHERE o.messageId = :id", OutboxMessage.class)
                .setParameter("id", messageId).getResultStream().findFirst()
                .filter(o -> o.getRecipientPartnerId().equals(actor.partnerId()))
                .orElseThrow(() -> new NotFound("ArchiveMessage", messageId));
        Kvittering kvittering = Kvittering.parse(kvitteringXml);
        if (receiptOf(message.getId()) != null) {
            throw new RuleViolation("R-AGR-5", "archive.receipt.duplicate", messageId);
        }
        Instant received = clock.instant();
        em.persist(new ArchiveReceipt(message, kvittering.outcome(), kvittering.archiveReference(), kvittering.detail(),
                received));
        message.receiptReceived(received);
        em.flush();
        return summaries(List.of(message)).get(0);
    }

    /** The community's notifications, newest first: waiting, sent, receipts (R-AGR-5). */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ArchiveMessageSummary> overview(int limit) {
        return summaries(em.createQuery(
                        "SELECT o FROM OutboxMessage o WHERE o.communityId = :c ORDER BY o.id DESC", OutboxMessage.class)
                .setParameter("c", currentActor.get().communityId())
                .setMaxResults(Math.max(1, Math.min(limit, 2000)))
                .getResultList());
    }

    /** A page of the community's notifications for operations, newest first, and their total. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ArchiveMessageSummary> overview(int offset, int limit) {
        return summaries(em.createQuery(
                        "SELECT o FROM OutboxMessage o WHERE o.communityId = :c ORDER BY o.id DESC", OutboxMessage.class)
                .setParameter("c", currentActor.get().communityId())
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList());
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM OutboxMessage o WHERE o.communityId = :c", Long.class)
                .setParameter("c", currentActor.get().communityId()).getSingleResult();
    }

    /**
     * Operations send a message again (it was dead-lettered, or an archive lost it): its dead letters leave the
     * dead-letter queue and the relay sends it once more, in one transaction.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void resend(long outboxId) {
        OutboxMessage message = em.find(OutboxMessage.class, outboxId);
        if (message == null || message.getCommunityId() != currentActor.get().communityId()) {
            throw new NotFound("ArchiveMessage", outboxId);
        }
        deadLetters.remove(message.getMessageId());
        message.resend();
    }

    /** How people name the records these messages are about, one query per kind of record. */
    private Map<String, String> subjects(List<OutboxMessage> messages) {
        Map<String, List<Long>> ids = messages.stream().collect(Collectors.groupingBy(OutboxMessage::getAggregateType,
                Collectors.mapping(OutboxMessage::getAggregateId, Collectors.toList())));
        Map<String, String> subjects = new java.util.HashMap<>();
        ids.forEach((type, keys) -> {
            String query = switch (type) {
                case "Case" -> "SELECT c.id, c.body.code, c.sequence, c.year FROM CaseFile c WHERE c.id IN :ids";
                case "Dispute" -> "SELECT d.id, d.sequence, d.year, d.title FROM Dispute d WHERE d.id IN :ids";
                case "AgreementVersion" -> "SELECT v.id, v.label FROM AgreementVersion v WHERE v.id IN :ids";
                case "Agreement" -> "SELECT a.id, a.title FROM FrameworkAgreement a WHERE a.id IN :ids";
                case "Partner" -> "SELECT p.id, p.name FROM Partner p WHERE p.id IN :ids";
                default -> null;
            };
            if (query == null) {
                return;
            }
            em.createQuery(query, Object[].class).setParameter("ids", keys.stream().distinct().toList())
                    .getResultStream().forEach(row -> subjects.put(type + "/" + row[0], switch (type) {
                        case "Case" -> row[1] + " " + row[2] + "/" + row[3];
                        case "Dispute" -> row[1] + "/" + row[2] + ": " + row[3];
                        default -> String.valueOf(row[1]);
                    }));
        });
        return subjects;
    }

    private ArchiveReceipt receiptOf(long outboxId) {
        return em.createQuery("SELECT r FROM ArchiveReceipt r WHERE r.message.id = :id", ArchiveReceipt.class)
                .setParameter("id", outboxId).getResultStream().findFirst().orElse(null);
    }

    private List<ArchiveMessageSummary> summaries(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Long> ids = messages.stream().map(OutboxMessage::getId).toList();
        Map<Long, ArchiveReceipt> receipts = em.createQuery(
                        "SELECT r FROM ArchiveReceipt r WHERE r.message.id IN :ids", ArchiveReceipt.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> r.getMessage().getId(), Function.identity()));
        Map<Long, String> names = em.createQuery("SELECT p FROM Partner p", Partner.class).getResultStream()
                .collect(Collectors.toMap(Partner::getId, Partner::getName));
        Set<String> dead = deadLetters.messageIds();
        Map<String, String> subjects = subjects(messages);
        return messages.stream().map(o -> {
            ArchiveReceipt r = receipts.get(o.getId());
            return new ArchiveMessageSummary(o.getId(), o.getMessageId(), o.getMessageType(), o.getRecipientPartnerId(),
                    names.get(o.getRecipientPartnerId()), o.getAggregateType(), o.getAggregateId(),
                    o.getSequenceNumber(), o.getCreatedAt(), o.getSentAt(), o.getAttempt(),
                    dead.contains(o.getMessageId()), r == null ? null : r.getOutcome(), r == null ? null : r.getArchiveReference(),
                    subjects.get(o.getAggregateType() + "/" + o.getAggregateId()));
        }).toList();
    }
}

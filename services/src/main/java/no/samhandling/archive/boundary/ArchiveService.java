package no.samhandling.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The messages one change made share their record, type and moment. */
    private static final String CHANGE = " GROUP BY o.aggregateType, o.aggregateId, o.messageType, o.createdAt";

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
     * A page of the community's changes, newest first, each with its messages to every concerned archive (R-AGR-5):
     * the messages one change made share their record, type and moment, and are grouped by them in the database.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ArchiveChange> changes(ArchiveChangeQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> page = em.createQuery("SELECT MIN(o.id) FROM OutboxMessage o WHERE "
                + changeWhere(query, parameters) + CHANGE + " ORDER BY MIN(o.id) DESC", Long.class);
        parameters.forEach(page::setParameter);
        List<Long> firsts = page.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList();
        if (firsts.isEmpty()) {
            return List.of();
        }
        List<OutboxMessage> heads = em.createQuery("SELECT o FROM OutboxMessage o WHERE o.id IN :ids ORDER BY o.id DESC",
                OutboxMessage.class).setParameter("ids", firsts).getResultList();
        // every message of these changes in one query: same records and moments, then matched to their change
        TypedQuery<OutboxMessage> members = em.createQuery("""
                        SELECT o FROM OutboxMessage o WHERE o.communityId = :c AND o.aggregateId IN :aggregates
                        AND o.createdAt IN :moments"""
                        + (query.recipientPartnerId() == null ? "" : " AND o.recipientPartnerId = :p")
                        + " ORDER BY o.id", OutboxMessage.class)
                .setParameter("c", currentActor.get().communityId())
                .setParameter("aggregates", heads.stream().map(OutboxMessage::getAggregateId).distinct().toList())
                .setParameter("moments", heads.stream().map(OutboxMessage::getCreatedAt).distinct().toList());
        if (query.recipientPartnerId() != null) {
            members.setParameter("p", query.recipientPartnerId());
        }
        Map<String, OutboxMessage> headOf = heads.stream()
                .collect(Collectors.toMap(ArchiveService::changeKey, Function.identity(), (x, y) -> x));
        List<OutboxMessage> all = members.getResultStream().filter(o -> headOf.containsKey(changeKey(o))).toList();
        Map<String, List<ArchiveMessageSummary>> byChange = new HashMap<>();
        List<ArchiveMessageSummary> summaries = summaries(all);
        for (int i = 0; i < all.size(); i++) {
            byChange.computeIfAbsent(changeKey(all.get(i)), k -> new ArrayList<>()).add(summaries.get(i));
        }
        List<ArchiveChange> changes = new ArrayList<>();
        for (OutboxMessage head : heads) {
            List<ArchiveMessageSummary> messages = byChange.getOrDefault(changeKey(head), List.of());
            changes.add(new ArchiveChange(head.getId(), head.getMessageType(), head.getAggregateType(),
                    head.getAggregateId(), messages.isEmpty() ? null : messages.get(0).subject(), head.getCreatedAt(),
                    messages.size(), (int) messages.stream().filter(ArchiveMessageSummary::isWaiting).count(),
                    (int) messages.stream().filter(m -> m.receipt() != null).count(),
                    (int) messages.stream().filter(ArchiveMessageSummary::isMissingReceipt).count(),
                    (int) messages.stream().filter(ArchiveMessageSummary::isDeadLettered).count(),
                    (int) messages.stream().filter(ArchiveMessageSummary::isParked).count(), messages));
        }
        return changes;
    }

    private static String changeKey(OutboxMessage o) {
        return o.getAggregateType() + "/" + o.getAggregateId() + "/" + o.getMessageType() + "/" + o.getCreatedAt();
    }

    /** How many changes the query finds, for the page's paging. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long countChanges(ArchiveChangeQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> groups = em.createQuery("SELECT MIN(o.id) FROM OutboxMessage o WHERE "
                + changeWhere(query, parameters) + CHANGE, Long.class);
        parameters.forEach(groups::setParameter);
        return groups.getResultStream().count();
    }

    /**
     * Sends a change again to every archive of it that has no receipt (its message was refused or parked, or the
     * archive lost it); archives that filed it are not sent it twice.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int resendChange(long first) {
        OutboxMessage head = em.find(OutboxMessage.class, first);
        if (head == null || head.getCommunityId() != currentActor.get().communityId()) {
            throw new NotFound("ArchiveChange", first);
        }
        List<OutboxMessage> again = em.createQuery("""
                        SELECT o FROM OutboxMessage o WHERE o.communityId = :c AND o.aggregateType = :t
                        AND o.aggregateId = :a AND o.messageType = :m AND o.createdAt = :at
                        AND o.receiptAt IS NULL AND (o.sentAt IS NOT NULL OR o.parkedAt IS NOT NULL)""",
                        OutboxMessage.class)
                .setParameter("c", head.getCommunityId()).setParameter("t", head.getAggregateType())
                .setParameter("a", head.getAggregateId()).setParameter("m", head.getMessageType())
                .setParameter("at", head.getCreatedAt()).getResultList();
        for (OutboxMessage message : again) {
            deadLetters.remove(message.getMessageId());
            message.resend();
        }
        return again.size();
    }

    private String changeWhere(ArchiveChangeQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("o.communityId = :c");
        parameters.put("c", currentActor.get().communityId());
        if (query.recipientPartnerId() != null) {
            where.append(" AND o.recipientPartnerId = :p");
            parameters.put("p", query.recipientPartnerId());
        }
        switch (query.state()) {
            case WAITING -> where.append(" AND o.sentAt IS NULL AND o.parkedAt IS NULL");
            case PARKED -> where.append(" AND o.parkedAt IS NOT NULL");
            case RECEIPT_MISSING -> where.append(" AND o.sentAt IS NOT NULL AND o.receiptAt IS NULL");
            case DEAD_LETTERED -> {
                Set<String> dead = deadLetters.messageIds();
                where.append(dead.isEmpty() ? " AND 1 = 0" : " AND o.messageId IN :dead");
                if (!dead.isEmpty()) {
                    parameters.put("dead", dead);
                }
            }
            case ANY -> { }
        }
        return where.toString();
    }

    /**
     * Operations send a message again (it was dead-lettered or parked, or an archive lost it): its dead letters leave
     * the dead-letter queue and the relay sends it once more, in one transaction; a message that still waits for the
     * relay is not sent twice.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void resend(long outboxId) {
        OutboxMessage message = em.find(OutboxMessage.class, outboxId);
        if (message == null || message.getCommunityId() != currentActor.get().communityId()) {
            throw new NotFound("ArchiveMessage", outboxId);
        }
        if (message.getSentAt() == null && !message.isParked()) {
            return; // the relay has it still; a second send would only be dropped as a copy
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
                    subjects.get(o.getAggregateType() + "/" + o.getAggregateId()), o.getParkedAt(), o.getFailures(),
                    o.getLastFailure());
        }).toList();
    }
}

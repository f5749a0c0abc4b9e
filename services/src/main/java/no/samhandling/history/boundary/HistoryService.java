package no.samhandling.history.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.Person;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.FollowUpAction;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.history.control.Snapshots;
import no.samhandling.history.entity.Revision;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;
import no.samhandling.persistence.VersionedEntity;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The history of one record, newest first: every change with its time, author and the fields it changed. Whoever may
 * read the record may read its history — the users' only by the secretariat, a dispute only by those who see it.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class HistoryService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    DisputeService disputes;

    public List<HistoryEntry> of(RecordType type, long id) {
        requireReadable(type, id);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type.entity(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : revisions) {
            Revision revision = (Revision) row[1];
            RevisionType action = (RevisionType) row[2];
            Object state = action == RevisionType.DEL ? null : row[0];
            entries.add(new HistoryEntry(revision.getAt(), revision.getUsername(), action.name(),
                    Snapshots.changes(previous, state, this::current)));
            previous = state;
        }
        Collections.reverse(entries);
        return entries;
    }

    /** A referenced record as it is now (its past is not always kept: reference data came before the history). */
    private String current(VersionedEntity reference) {
        Class<?> type = reference.getClass();
        Object id;
        if (reference instanceof HibernateProxy proxy) {
            // the history's proxy would look the record up as it was, which reference data never was: not touched
            type = proxy.getHibernateLazyInitializer().getPersistentClass();
            id = proxy.getHibernateLazyInitializer().getInternalIdentifier();
        } else {
            id = reference.getId();
        }
        Object now = em.find(type, id);
        return now == null ? "#" + id : Snapshots.describe(now);
    }

    private void requireReadable(RecordType type, long id) {
        Actor actor = currentActor.get();
        switch (type) {
            case PARTNER -> { }
            case USER -> {
                if (!actor.isSecretariat()) {
                    throw new Forbidden("history of user " + id);
                }
            }
            case DISPUTE -> disputes.details(id);
            default -> {
                Object record = em.find(type.entity(), id);
                if (record == null || community(record).getId() != actor.communityId()) {
                    throw new NotFound(type.name(), id);
                }
            }
        }
    }

    private static HealthCommunity community(Object record) {
        if (record instanceof Body b) return b.getCommunity();
        if (record instanceof Person p) return p.getCommunity();
        if (record instanceof Meeting m) return m.getCommunity();
        if (record instanceof CaseFile c) return c.getCommunity();
        if (record instanceof Decision d) return d.getCaseFile().getCommunity();
        if (record instanceof FollowUpAction f) return f.getCommunity();
        if (record instanceof AgreementVersion v) return v.getAgreement().getCommunity();
        throw new IllegalArgumentException(record.getClass().getName());
    }
}

package no.samhandling.cases.boundary;

import no.samhandling.body.entity.BodyKind;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import no.samhandling.body.control.People;
import no.samhandling.body.entity.Body;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.cases.entity.AgendaItem;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.CaseInput;
import no.samhandling.cases.entity.CasePaper;
import no.samhandling.cases.entity.ConflictOfInterest;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.FollowUpAction;
import no.samhandling.cases.entity.PaperContent;
import no.samhandling.cases.entity.PaperDeadline;
import no.samhandling.cases.entity.PaperPolicy;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.partner.control.Partners;
import no.samhandling.partner.entity.Partner;
import no.samhandling.platform.control.Resources;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.NotFound;
import no.samhandling.rules.RuleViolation;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cases of the community's bodies: registered by the secretariat or by a party's administrator for their own
 * party, described in the case paper (R-CASE-1, R-CASE-2), with papers, GP input (R-CASE-7) and conflicts of interest.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class CaseService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Partners partners;

    @Inject
    People people;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public long register(NewCase newCase) {
        Actor actor = currentActor.get();
        Body body = caseFiles.body(actor.communityId(), newCase.bodyId());
        Long proposer = actor.isSecretariat() ? newCase.proposedByPartnerId() : actor.partnerId();
        Partner proposedBy = proposer == null ? null
                : partners.getInCommunity(actor.communityId(), proposer).getPartner();
        LocalDate today = LocalDate.now(clock);
        CaseFile file = new CaseFile(em.getReference(HealthCommunity.class, actor.communityId()), body,
                today.getYear(), caseFiles.nextSequence(body, today.getYear()), text(newCase).title(), proposedBy, today);
        describe(file, text(newCase));
        em.persist(file);
        em.flush();
        return file.getId();
    }

    /** Corrects the case paper; only while the case is open, by the secretariat or the proposing party. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public void update(long caseId, long seenVersion, CaseText text) {
        CaseFile file = editable(caseId);
        file.requireVersion(seenVersion);
        describe(file, text);
    }

    /** A case paper, sent out today; its type and size are checked and its checksum kept. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN})
    public CaseDetails.PaperLine uploadPaper(long caseId, String fileName, byte[] content) {
        CaseFile file = editable(caseId);
        PaperPolicy.Accepted accepted = PaperPolicy.check(fileName, content);
        CasePaper paper = new CasePaper(file, accepted, LocalDate.now(clock), clock.instant(),
                currentActor.get().username());
        em.persist(paper);
        em.flush();
        em.persist(new PaperContent(paper.getId(), content));
        return paperLine(paper);
    }

    public PaperDownload paper(long caseId, long paperId) {
        CaseFile file = caseFiles.get(currentActor.get().communityId(), caseId);
        CasePaper paper = em.find(CasePaper.class, paperId);
        PaperContent content = em.find(PaperContent.class, paperId);
        if (paper == null || content == null || !paper.getCaseFile().equals(file)) {
            throw new NotFound("CasePaper", paperId);
        }
        return new PaperDownload(paper.getFileName(), paper.getContentType(), content.content());
    }

    /** R-CASE-7: a GP's input on a case SSU handles, recorded by the secretariat. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void addGpInput(long caseId, long personId, String text) {
        Actor actor = currentActor.get();
        CaseFile file = caseFiles.get(actor.communityId(), caseId);
        em.persist(new CaseInput(file, people.get(actor.communityId(), personId), text, LocalDate.now(clock),
                actor.username()));
    }

    /** Habilitet: a member disqualified in the case, why, and who decided it. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void recordConflictOfInterest(long caseId, long personId, String reason, String decidedBy) {
        Actor actor = currentActor.get();
        CaseFile file = caseFiles.get(actor.communityId(), caseId);
        long existing = em.createQuery("SELECT COUNT(c) FROM ConflictOfInterest c WHERE c.caseFile = :f AND c.person.id = :p",
                        Long.class).setParameter("f", file).setParameter("p", personId).getSingleResult();
        if (existing > 0) {
            throw RuleViolation.invalidField("personId", "conflict.alreadyRecorded");
        }
        em.persist(new ConflictOfInterest(file, people.get(actor.communityId(), personId), reason, decidedBy,
                actor.username()));
    }

    /** Every case the query finds (no cap: a meeting's candidates, the no-consensus cases, the export). */
    public List<CaseSummary> search(CaseQuery query) {
        return search(query, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the cases the query finds, the most recently registered first (a stable order an index serves:
     * {@code case_file_community}), filtered and ordered in the database: no list stops at a fixed number of rows.
     */
    public List<CaseSummary> search(CaseQuery query, int offset, int limit) {
        long community = currentActor.get().communityId();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, community, parameters);
        TypedQuery<CaseFile> typed = em.createQuery("SELECT f FROM CaseFile f JOIN FETCH f.body b WHERE " + where
                        + " ORDER BY f.id DESC", CaseFile.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit));
        parameters.forEach(typed::setParameter);
        List<CaseFile> files = typed.getResultList();
        if (files.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> nextMeetings = new HashMap<>();
        em.createQuery("""
                        SELECT a FROM AgendaItem a JOIN FETCH a.meeting WHERE a.outcome IS NULL
                        AND a.meeting.community.id = :c AND a.caseFile IN :files""", AgendaItem.class)
                .setParameter("c", community).setParameter("files", files).getResultStream()
                .forEach(a -> nextMeetings.merge(a.getCaseFile().getId(), a.getMeeting().day(),
                        (x, y) -> x.isBefore(y) ? x : y));
        return files.stream().map(f -> new CaseSummary(f.getId(), f.number(), f.getBody().getCode(),
                f.getBody().getNameNb(), f.getBody().getNameEn(), f.getTitle(), f.getStep(), f.getStatus(),
                f.getProposedBy() == null ? null : f.getProposedBy().getName(), nextMeetings.get(f.getId()))).toList();
    }

    /** How many cases the query finds, for the pages' and the API's paging. */
    public long count(CaseQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, currentActor.get().communityId(), parameters);
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(f) FROM CaseFile f WHERE " + where, Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private static String where(CaseQuery query, long community, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder("f.community.id = :c");
        parameters.put("c", community);
        if (query.text() != null && !query.text().isBlank()) {
            jpql.append(" AND (LOWER(f.title) LIKE :t OR LOWER(f.description) LIKE :t OR LOWER(f.proposal) LIKE :t"
                    + " OR CONCAT(CONCAT(CAST(f.sequence AS String), '/'), CAST(f.year AS String)) = :n)");
            parameters.put("t", "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%");
            parameters.put("n", query.text().strip());
        }
        if (query.bodyId() != null) {
            jpql.append(" AND f.body.id = :b");
            parameters.put("b", query.bodyId());
        }
        if (query.year() != null) {
            jpql.append(" AND f.year = :y");
            parameters.put("y", query.year());
        }
        if (query.areaId() != null) {
            jpql.append(" AND :a MEMBER OF f.areaIds");
            parameters.put("a", query.areaId());
        }
        if (query.priorityGroupId() != null) {
            jpql.append(" AND :g MEMBER OF f.priorityGroupIds");
            parameters.put("g", query.priorityGroupId());
        }
        if (query.status() != null) {
            jpql.append(" AND f.status = :s");
            parameters.put("s", query.status());
        }
        if (query.proposedById() != null) {
            jpql.append(" AND f.proposedBy.id = :p");
            parameters.put("p", query.proposedById());
        }
        return jpql.toString();
    }

    public CaseDetails details(long caseId) {
        Actor actor = currentActor.get();
        CaseFile file = caseFiles.get(actor.communityId(), caseId);
        List<CaseDetails.PaperLine> papers = caseFiles.papers(file).stream().map(CaseService::paperLine).toList();
        List<CaseDetails.AgendaLine> agenda = caseFiles.items(file).stream().map(a -> new CaseDetails.AgendaLine(
                a.getId(), a.getMeeting().getId(), a.getMeeting().getTitle(),
                a.getMeeting().getStartsAt().atZone(Resources.OSLO), a.getStep(), a.getPart(),
                PaperDeadline.dueOn(a.getMeeting().getStartsAt()), caseFiles.paperStatus(a), a.getExceptionReason(),
                a.getExceptionBy(), a.getOutcome(), a.getOutcomeNote())).toList();
        CaseDetails.DecisionLine decision = em.createQuery("SELECT d FROM Decision d WHERE d.caseFile = :f",
                        Decision.class).setParameter("f", file).getResultStream().findFirst()
                .map(d -> new CaseDetails.DecisionLine(d.getId(), d.getVersion(), d.getText(), d.getDecidedOn(),
                        d.getAgendaItem().getMeeting().getId(), followUp(d))).orElse(null);
        List<CaseDetails.InputLine> inputs = em.createQuery(
                        "SELECT i FROM CaseInput i WHERE i.caseFile = :f ORDER BY i.givenOn, i.id", CaseInput.class)
                .setParameter("f", file).getResultStream()
                .map(i -> new CaseDetails.InputLine(i.getPerson().getId(), i.getPerson().getFullName(), i.getText(),
                        i.getGivenOn())).toList();
        List<CaseDetails.ConflictLine> conflicts = conflicts(file);
        CaseText text = new CaseText(file.getTitle(), file.getDescription(), file.getProposal(),
                file.isProposalsDiffer(), file.getAlternatives(), file.getHasConsequences(), file.getConsequences(),
                file.getAreaIds(), file.getPriorityGroupIds());
        return new CaseDetails(file.getId(), file.getVersion(), file.number(), file.getBody().getId(),
                file.getBody().getCode(), file.getBody().getNameNb(), file.getBody().getNameEn(),
                file.getBody().getKind(), text, file.getStep(), file.getStatus(),
                file.getProposedBy() == null ? null : file.getProposedBy().getId(),
                file.getProposedBy() == null ? null : file.getProposedBy().getName(), file.getRegisteredOn(),
                file.getReferredFrom() == null ? null : file.getReferredFrom().getId(),
                file.getReferredFrom() == null ? null : file.getReferredFrom().number(), papers, agenda, decision,
                inputs, conflicts, mayEdit(actor, file));
    }

    public List<CaseDetails.ConflictLine> conflicts(CaseFile file) {
        return em.createQuery("SELECT c FROM ConflictOfInterest c WHERE c.caseFile = :f ORDER BY c.id",
                        ConflictOfInterest.class)
                .setParameter("f", file).getResultStream()
                .map(c -> new CaseDetails.ConflictLine(c.getPerson().getId(), c.getPerson().getFullName(),
                        c.getReason(), c.getDecidedBy())).toList();
    }

    public List<Tag> collaborationAreas() {
        return tags("SELECT id, name_nb, name_en FROM collaboration_area WHERE community_id = "
                + currentActor.get().communityId() + " ORDER BY ordinal");
    }

    /** The community's decisions, newest first, named by body and case, for choosing the one that allowed something. */
    public List<Tag> decisions(BodyKind onlyOf) {
        return em.createQuery("""
                        SELECT d FROM Decision d JOIN FETCH d.caseFile JOIN FETCH d.caseFile.body
                        WHERE d.caseFile.community.id = :c ORDER BY d.decidedOn DESC, d.id DESC""", Decision.class)
                .setParameter("c", currentActor.get().communityId()).getResultStream()
                .filter(d -> onlyOf == null || d.getCaseFile().getBody().getKind() == onlyOf)
                .map(d -> {
                    String label = d.getCaseFile().getBody().getCode() + " " + d.getCaseFile().number() + ": "
                            + d.getCaseFile().getTitle();
                    return new Tag(d.getId(), label, label);
                })
                .toList();
    }

    public List<Tag> priorityGroups() {
        return tags("SELECT id, name_nb, name_en FROM priority_group ORDER BY id");
    }

    private List<Tag> tags(String sql) {
        List<Tag> tags = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            tags.add(new Tag(((Number) columns[0]).longValue(), (String) columns[1], (String) columns[2]));
        }
        return tags;
    }

    private List<FollowUpLine> followUp(Decision decision) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT a FROM FollowUpAction a WHERE a.decision = :d ORDER BY a.dueOn, a.id",
                        FollowUpAction.class)
                .setParameter("d", decision).getResultStream().map(a -> FollowUpService.line(a, today)).toList();
    }

    private void describe(CaseFile file, CaseText text) {
        Set<Long> areas = text.areaIds() == null ? Set.of() : text.areaIds();
        Set<Long> groups = text.priorityGroupIds() == null ? Set.of() : text.priorityGroupIds();
        Set<Long> knownAreas = Set.copyOf(collaborationAreas().stream().map(Tag::id).toList());
        Set<Long> knownGroups = Set.copyOf(priorityGroups().stream().map(Tag::id).toList());
        if (!knownAreas.containsAll(areas)) {
            throw RuleViolation.invalidField("areaIds", "case.tag.unknown");
        }
        if (!knownGroups.containsAll(groups)) {
            throw RuleViolation.invalidField("priorityGroupIds", "case.tag.unknown");
        }
        file.describe(text.title(), text.description(), text.proposal(), text.proposalsDiffer(), text.alternatives(),
                text.hasConsequences(), text.consequences());
        file.tag(areas, groups);
    }

    private CaseFile editable(long caseId) {
        Actor actor = currentActor.get();
        CaseFile file = caseFiles.get(actor.communityId(), caseId);
        if (!mayEdit(actor, file)) {
            throw new Forbidden(actor.username() + " may not change case " + caseId);
        }
        return file;
    }

    private static boolean mayEdit(Actor actor, CaseFile file) {
        return actor.isSecretariat()
                || (file.getProposedBy() != null && actor.mayChangePartner(file.getProposedBy().getId()));
    }

    private static CaseText text(NewCase newCase) {
        if (newCase.text() == null) {
            throw RuleViolation.invalidField("title", "input.required");
        }
        return newCase.text();
    }

    private static CaseDetails.PaperLine paperLine(CasePaper p) {
        return new CaseDetails.PaperLine(p.getId(), p.getFileName(), p.getContentType(), p.getSizeBytes(),
                p.getSha256(), p.getSentOn(), p.getUploadedBy());
    }
}

package no.samhandling.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementDocument;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.Person;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.Decision;
import no.samhandling.dispute.boundary.DisputeLine;
import no.samhandling.dispute.boundary.DisputeQuery;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.entity.Dispute;
import no.samhandling.rules.RuleViolation;
import no.samhandling.search.control.FullTextIndex;
import no.samhandling.search.control.TextMatch;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Full-text search over the community's cases, decisions, disputes, bodies, people and agreement documents, in
 * Norwegian (stemmed, word beginnings), best matches first. A user finds only what they may read: their community's
 * records, and of the disputes those the dispute register shows them.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class SearchService {

    public static final int MAX_HITS = 100;
    /** Longer is not a search but a paste: refused with a message, never a slow query. */
    public static final int MAX_QUERY = 200;
    private static final int SNIPPET = 200;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    DisputeService disputes;

    @Inject
    FullTextIndex index;

    public List<SearchHit> search(String text, Set<SearchKind> kinds) {
        if (text != null && text.length() > MAX_QUERY) {
            throw RuleViolation.invalidField("q", "search.query.tooLong", MAX_QUERY);
        }
        List<String> query = TextMatch.terms(text);
        if (query.isEmpty()) {
            throw RuleViolation.invalidField("q", "search.query.required");
        }
        long community = currentActor.get().communityId();
        Set<SearchKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(SearchKind.values()) : kinds;
        if (index.available()) {
            return index.search(text, wanted, community, disputes.readableMunicipality(), MAX_HITS).stream()
                    .sorted(Comparator.comparingInt(SearchHit::score).reversed().thenComparing(SearchHit::heading))
                    .limit(MAX_HITS).toList();
        }
        return searchInApplication(query, wanted, community);
    }

    /**
     * H2, the embedded default: every record of the wanted kinds is read and matched here (stemmed word
     * beginnings). Enough for a demo or a small installation; PostgreSQL searches its full-text index instead.
     */
    private List<SearchHit> searchInApplication(List<String> query, Set<SearchKind> wanted, long community) {
        List<SearchHit> hits = new ArrayList<>();
        if (wanted.contains(SearchKind.CASE)) {
            for (CaseFile c : em.createQuery("SELECT c FROM CaseFile c JOIN FETCH c.body WHERE c.community.id = :c",
                    CaseFile.class).setParameter("c", community).getResultList()) {
                hit(hits, query, SearchKind.CASE, c.getBody().getCode() + " " + c.number() + ": " + c.getTitle(),
                        join(c.getDescription(), c.getProposal(), c.getAlternatives(), c.getConsequences()), "/app/case",
                        c.getId());
            }
        }
        if (wanted.contains(SearchKind.DECISION)) {
            for (Decision d : em.createQuery("""
                            SELECT d FROM Decision d JOIN FETCH d.caseFile JOIN FETCH d.caseFile.body
                            WHERE d.caseFile.community.id = :c""", Decision.class)
                    .setParameter("c", community).getResultList()) {
                CaseFile c = d.getCaseFile();
                hit(hits, query, SearchKind.DECISION, c.getBody().getCode() + " " + c.number() + ": " + c.getTitle(),
                        d.getText(), "/app/case", c.getId());
            }
        }
        if (wanted.contains(SearchKind.DISPUTE)) {
            Set<Long> visible = disputes.list(new DisputeQuery(null, null, null, null)).stream().map(DisputeLine::id)
                    .collect(Collectors.toSet());
            for (Dispute d : em.createQuery("SELECT d FROM Dispute d WHERE d.community.id = :c", Dispute.class)
                    .setParameter("c", community).getResultList()) {
                if (visible.contains(d.getId())) {
                    hit(hits, query, SearchKind.DISPUTE, d.number() + ": " + d.getTitle(),
                            join(d.getDescription(), d.getOutcome()), "/app/dispute", d.getId());
                }
            }
        }
        if (wanted.contains(SearchKind.BODY)) {
            for (Body b : em.createQuery("SELECT b FROM Body b WHERE b.community.id = :c", Body.class)
                    .setParameter("c", community).getResultList()) {
                hit(hits, query, SearchKind.BODY, b.getNameNb() + " (" + b.getCode() + ")",
                        join(b.getNameEn(), b.getMandateText()), "/app/body", b.getId());
            }
        }
        if (wanted.contains(SearchKind.PERSON)) {
            for (Person p : em.createQuery("SELECT p FROM Person p WHERE p.community.id = :c", Person.class)
                    .setParameter("c", community).getResultList()) {
                hit(hits, query, SearchKind.PERSON, p.getFullName(),
                        join(p.getOrganisation(), p.getPartner() == null ? null : p.getPartner().getName(),
                                p.getWorkEmail()), "/app/person", p.getId());
            }
        }
        if (wanted.contains(SearchKind.DOCUMENT)) {
            for (AgreementDocument d : em.createQuery(
                    "SELECT d FROM AgreementDocument d WHERE d.agreement.community.id = :c", AgreementDocument.class)
                    .setParameter("c", community).getResultList()) {
                Long versionId = d.getAgreementVersion() == null ? null : d.getAgreementVersion().getId();
                hit(hits, query, SearchKind.DOCUMENT, d.getTitle(), join(d.getLabel(), d.getFileName()),
                        versionId == null ? "/app/agreement" : "/app/agreement-version", versionId);
            }
        }
        return hits.stream().sorted(Comparator.comparingInt(SearchHit::score).reversed()
                .thenComparing(SearchHit::heading)).limit(MAX_HITS).toList();
    }

    private static void hit(List<SearchHit> hits, List<String> query, SearchKind kind, String heading, String body,
                            String outcome, Long id) {
        List<String> headingTerms = TextMatch.terms(heading);
        List<String> all = Stream.concat(headingTerms.stream(), TextMatch.terms(body).stream()).toList();
        if (TextMatch.matches(query, all)) {
            int score = 3 * TextMatch.hits(query, headingTerms) + TextMatch.hits(query, TextMatch.terms(body));
            String snippet = TextMatch.snippet(body == null || body.isBlank() ? heading : body, query, SNIPPET);
            hits.add(new SearchHit(kind, heading, snippet, TextMatch.highlighted(snippet, query), outcome, id, score));
        }
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(" · "));
    }
}

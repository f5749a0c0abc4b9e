package no.samhandling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.search.boundary.SearchHit;
import no.samhandling.search.boundary.SearchKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search on PostgreSQL's full-text index (V23 for PostgreSQL): each record's {@code search_vector} in the
 * 'norwegian' configuration, read through its GIN index with every word of the query as a stemmed word beginning
 * ({@code to_tsquery('norwegian', 'kommunenes:* & retningslinjer:*')}), ranked by {@code ts_rank_cd} (heading words
 * weigh more), the best {@code limit} of each kind, each with {@code ts_headline}'s snippet, its matches marked.
 * Access is part of the query: the community, and of the disputes those the register shows the user.
 */
@ApplicationScoped
public class FullTextIndex {

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final int MAX_TERMS = 12;

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    private volatile Boolean available;

    /** Whether the database keeps the index: PostgreSQL does; H2, the embedded default, searches in the application. */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = em.getEntityManagerFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                    .getJdbcServices().getDialect() instanceof org.hibernate.dialect.PostgreSQLDialect;
            available = known;
        }
        return known;
    }

    /** The query as a tsquery: every word must begin a stemmed word of the record; empty when it has no word. */
    public static String tsquery(String text) {
        if (text == null) {
            return "";
        }
        return Arrays.stream(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(NB).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_TERMS)
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
    }

    /**
     * The best matches of the kinds wanted, best first.
     *
     * @param ownMunicipality for a municipality's administrator, the disputes of other municipalities are not theirs
     *                        to read; null for everyone else
     */
    public List<SearchHit> search(String text, Set<SearchKind> kinds, long community, Long ownMunicipality, int limit) {
        String query = tsquery(text);
        List<SearchHit> hits = new ArrayList<>();
        if (query.isEmpty()) {
            return hits;
        }
        for (SearchKind kind : kinds) {
            // each kind: the page's id, a heading, the text to cut a snippet from, the rank, a tie-breaker
            String sql = switch (kind) {
                case CASE -> """
                        SELECT r.id AS link_id, b.code || ' ' || r.case_sequence || '/' || r.case_year || ': ' || r.title AS heading,
                               concat_ws(' · ', r.description, r.proposal, r.alternatives, r.consequences) AS body,
                               ts_rank_cd(r.search_vector, q) AS rank, r.id AS record_id
                        FROM case_file r JOIN body b ON b.id = r.body_id, to_tsquery('norwegian', :q) q
                        WHERE r.community_id = :c AND r.search_vector @@ q""";
                case DECISION -> """
                        SELECT f.id AS link_id, b.code || ' ' || f.case_sequence || '/' || f.case_year || ': ' || f.title AS heading,
                               r.text AS body, ts_rank_cd(r.search_vector, q) AS rank, r.id AS record_id
                        FROM decision r JOIN case_file f ON f.id = r.case_id JOIN body b ON b.id = f.body_id,
                             to_tsquery('norwegian', :q) q
                        WHERE f.community_id = :c AND r.search_vector @@ q""";
                case DISPUTE -> """
                        SELECT r.id AS link_id, r.dispute_sequence || '/' || r.dispute_year || ': ' || r.title AS heading,
                               concat_ws(' · ', r.description, r.outcome) AS body, ts_rank_cd(r.search_vector, q) AS rank,
                               r.id AS record_id
                        FROM dispute r, to_tsquery('norwegian', :q) q
                        WHERE r.community_id = :c AND r.search_vector @@ q
                        AND (r.municipality_id IS NULL OR r.municipality_id = :own OR :own < 0)""";
                case BODY -> """
                        SELECT r.id AS link_id, r.name_nb || ' (' || r.code || ')' AS heading,
                               concat_ws(' · ', r.name_en, r.mandate_text) AS body, ts_rank_cd(r.search_vector, q) AS rank,
                               r.id AS record_id
                        FROM body r, to_tsquery('norwegian', :q) q
                        WHERE r.community_id = :c AND r.search_vector @@ q""";
                case PERSON -> """
                        SELECT r.id AS link_id, r.full_name AS heading,
                               concat_ws(' · ', r.organisation, p.name, r.work_email) AS body,
                               ts_rank_cd(r.search_vector, q) AS rank, r.id AS record_id
                        FROM person r LEFT JOIN partner p ON p.id = r.partner_id, to_tsquery('norwegian', :q) q
                        WHERE r.community_id = :c AND r.search_vector @@ q""";
                case DOCUMENT -> """
                        SELECT r.agreement_version_id AS link_id, r.title AS heading,
                               concat_ws(' · ', r.label, r.file_name) AS body, ts_rank_cd(r.search_vector, q) AS rank,
                               r.id AS record_id
                        FROM agreement_document r JOIN framework_agreement a ON a.id = r.agreement_id,
                             to_tsquery('norwegian', :q) q
                        WHERE a.community_id = :c AND r.search_vector @@ q""";
            };
            // the best of this kind first, and a snippet only for those (ts_headline reads the text again)
            String ranked = "SELECT x.link_id, x.heading, x.rank, ts_headline('norwegian', "
                    + "coalesce(nullif(x.body, ''), x.heading), to_tsquery('norwegian', :q), :headline) FROM ("
                    + sql + ") x ORDER BY x.rank DESC, x.record_id DESC LIMIT :limit";
            var found = em.createNativeQuery(ranked)
                    .setParameter("q", query)
                    .setParameter("c", community)
                    .setParameter("headline", HEADLINE)
                    .setParameter("limit", limit);
            if (kind == SearchKind.DISPUTE) {
                found.setParameter("own", ownMunicipality == null ? -1L : ownMunicipality);
            }
            for (Object row : found.getResultList()) {
                Object[] columns = (Object[]) row;
                Long id = columns[0] == null ? null : ((Number) columns[0]).longValue();
                String heading = (String) columns[1];
                double rank = ((Number) columns[2]).doubleValue();
                List<SearchHit.Part> parts = parts((String) columns[3]);
                String snippet = parts.stream().map(SearchHit.Part::text).collect(Collectors.joining());
                hits.add(new SearchHit(kind, heading, snippet, parts, outcome(kind, id), id,
                        (int) Math.round(rank * 10_000)));
            }
        }
        return hits;
    }

    private static String outcome(SearchKind kind, Long id) {
        return switch (kind) {
            case CASE, DECISION -> "/app/case";
            case DISPUTE -> "/app/dispute";
            case BODY -> "/app/body";
            case PERSON -> "/app/person";
            case DOCUMENT -> id == null ? "/app/agreement" : "/app/agreement-version";
        };
    }

    /** ts_headline's text cut at its marks: the words the query matched, and what lies between. */
    static List<SearchHit.Part> parts(String headline) {
        List<SearchHit.Part> parts = new ArrayList<>();
        if (headline == null) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean match = false;
        for (char c : headline.replaceAll("\\s+", " ").strip().toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    parts.add(new SearchHit.Part(current.toString(), match));
                    current.setLength(0);
                }
                match = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new SearchHit.Part(current.toString(), match));
        }
        return parts;
    }
}

package no.samhandling.search.control;

import no.samhandling.search.boundary.SearchHit;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Full-text matching in Norwegian: words are lower-cased, split at everything but letters and digits, and stemmed;
 * every word of the query must match the start of a word of the text ("legemid" finds "legemiddelhåndtering"), so
 * that "kommunenes retningslinjer" finds "retningslinjen for kommunen".
 */
public final class TextMatch {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private TextMatch() {
    }

    public static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(NB);
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(NorwegianStemmer::stem)
                .toList();
    }

    /** Whether every query term begins a term of the text. */
    public static boolean matches(List<String> query, List<String> text) {
        return !query.isEmpty() && query.stream().allMatch(q -> text.stream().anyMatch(t -> t.startsWith(q)));
    }

    /** How many of the text's terms the query terms begin: more is a better match. */
    public static int hits(List<String> query, List<String> text) {
        return (int) text.stream().filter(t -> query.stream().anyMatch(t::startsWith)).count();
    }

    /** Up to {@code max} characters of the text around the first word a query term begins. */
    public static String snippet(String text, List<String> query, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        String lower = flat.toLowerCase(NB);
        int at = -1;
        for (String q : query) {
            int i = lower.indexOf(q);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int from = Math.max(0, at - max / 3);
        int to = Math.min(flat.length(), from + max);
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }

    /** The snippet cut into the words a query term begins (after stemming) and what lies between, for highlighting. */
    public static List<SearchHit.Part> highlighted(String snippet, List<String> query) {
        List<SearchHit.Part> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(snippet);
        int at = 0;
        while (words.find()) {
            String word = words.group();
            String stem = NorwegianStemmer.stem(Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(NB));
            if (query.stream().anyMatch(stem::startsWith)) {
                if (words.start() > at) {
                    parts.add(new SearchHit.Part(snippet.substring(at, words.start()), false));
                }
                parts.add(new SearchHit.Part(word, true));
                at = words.end();
            }
        }
        if (at < snippet.length()) {
            parts.add(new SearchHit.Part(snippet.substring(at), false));
        }
        return parts;
    }
}

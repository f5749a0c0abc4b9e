package no.samhandling.search.control;

import java.util.List;

/**
 * The Snowball stemmer for Norwegian (bokmål), after Martin Porter's published algorithm: inflectional endings of
 * nouns, adjectives and verbs ("kommunene", "kommunens" → "kommun"; "retningslinjer" → "retningslinj") and a few
 * derivational ones, removed only inside the word's region R1 so that short words keep their stem.
 */
public final class NorwegianStemmer {

    private static final String VOWELS = "aeiouyæåø";
    private static final List<String> STEP_1 = sortedLongestFirst(List.of("a", "e", "ede", "ande", "ende", "ane",
            "ene", "hetene", "en", "heten", "ar", "er", "heter", "as", "es", "edes", "endes", "enes", "hetenes", "ens",
            "hetens", "ers", "ets", "et", "het", "ast"));
    private static final List<String> STEP_3 = sortedLongestFirst(List.of("leg", "eleg", "ig", "eig", "lig", "elig",
            "els", "lov", "elov", "slov", "hetslov"));
    private static final List<String> STEP_1_ALL = java.util.stream.Stream.concat(STEP_1.stream(),
            java.util.stream.Stream.of("erte", "ert", "s")).toList();
    private static final String S_ENDING = "bcdfghjlmnoprtvyz";

    private NorwegianStemmer() {
    }

    /** The stem of one lower-case word. */
    public static String stem(String word) {
        int r1 = r1(word);
        String w = step1(word, r1);
        if ((w.endsWith("dt") || w.endsWith("vt")) && w.length() - 2 >= r1) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : STEP_3) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= r1) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** The longest of the step's suffixes that lies in R1 decides: delete it, "erte"/"ert" become "er", "s" goes
     * after a valid s-ending. */
    private static String step1(String w, int r1) {
        String longest = "";
        for (String suffix : STEP_1_ALL) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= r1 && suffix.length() > longest.length()) {
                longest = suffix;
            }
        }
        String base = w.substring(0, w.length() - longest.length());
        switch (longest) {
            case "" -> {
                return w;
            }
            case "erte", "ert" -> {
                return base + "er";
            }
            case "s" -> {
                char before = base.isEmpty() ? ' ' : base.charAt(base.length() - 1);
                boolean valid = S_ENDING.indexOf(before) >= 0
                        || (before == 'k' && base.length() >= 2 && !isVowel(base.charAt(base.length() - 2)));
                return valid ? base : w;
            }
            default -> {
                return base;
            }
        }
    }

    /** R1: after the first non-vowel that follows a vowel, and at least three letters in. */
    private static int r1(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (!isVowel(w.charAt(i)) && isVowel(w.charAt(i - 1))) {
                return Math.max(3, i + 1);
            }
        }
        return w.length();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static List<String> sortedLongestFirst(List<String> suffixes) {
        return suffixes.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }
}

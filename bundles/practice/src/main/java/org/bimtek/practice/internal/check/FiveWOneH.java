package org.bimtek.practice.internal.check;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rough heuristic for whether an Indonesian news lead answers the 5W+1H
 * questions. It looks for typical words, not meaning: the page tells the
 * trainee it is only a hint, so simple, explainable rules beat clever ones.
 */
final class FiveWOneH {

    static final String WHAT = "apa";
    static final String WHO = "siapa";
    static final String WHEN = "kapan";
    static final String WHERE = "di mana";
    static final String WHY = "mengapa";
    static final String HOW = "bagaimana";

    /** The order in which the page lists the questions. */
    static final List<String> QUESTIONS = List.of(WHAT, WHO, WHEN, WHERE, WHY, HOW);

    // --- kapan (when) ---
    private static final String[] DAY_NAMES =
            {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"};
    private static final String[] MONTH_NAMES = {"januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember"};
    /** Short month names only count capitalised: lower-case "des" or "mar" could be anything. */
    private static final String[] MONTH_SHORT_NAMES =
            {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Sept", "Okt", "Nov", "Des"};
    private static final String[] TIME_WORDS = {"pagi", "siang", "sore", "malam", "pukul", "hari ini",
            "kemarin", "besok", "WITA", "WIB", "WIT"};
    private static final Pattern WHEN_WORDS = words(concat(DAY_NAMES, MONTH_NAMES, TIME_WORDS));
    private static final Pattern WHEN_SHORT_MONTHS = caseSensitiveWords(MONTH_SHORT_NAMES);
    /** 12/3/2026, 12-03-2026, or a year on its own. */
    private static final Pattern WHEN_DATE = Pattern.compile(
            "(?<!\\d)\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}(?!\\d)|(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    // --- di mana (where) ---
    private static final String[] PLACE_WORDS = {"kelurahan", "kecamatan", "jalan", "jl.", "gedung", "balai",
            "kantor", "aula", "lapangan", "taman", "masjid", "sekolah", "sd", "smp", "sma"};
    private static final Pattern WHERE_WORDS = words(PLACE_WORDS);
    /** "di Samarinda", "ke Balai Kota": a place preposition followed by a name. */
    private static final Pattern WHERE_PREPOSITION_AND_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:[Dd]i|[Kk]e)\\s+\\p{Lu}");

    // --- siapa (who) ---
    private static final Pattern WHO_WORDS = words("lurah", "camat", "wali kota", "wakil wali kota", "kepala",
            "sekretaris", "warga", "petugas", "pegawai", "siswa", "relawan", "diskominfo", "dinas",
            "puskesmas", "rt", "rw");
    /** Capitalised words that name a place or a time, so they are not someone's name. */
    private static final Set<String> NOT_A_NAME = Stream.of(PLACE_WORDS, DAY_NAMES, MONTH_NAMES, MONTH_SHORT_NAMES)
            .flatMap(Arrays::stream)
            .map(word -> word.replace(".", "").toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("di", "ke");

    // --- apa (what) ---
    /**
     * Indonesian action verbs: the prefixes me-/mem-/men-/meng-/meny-, ber- and di-
     * followed by at least four more letters (menggelar, dilaksanakan, bergotong).
     */
    private static final Pattern WHAT_VERB = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:meng|meny|mem|men|me|ber|di)\\p{L}{4,}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHAT_NOUNS = words("kegiatan", "acara", "program", "lomba", "pelatihan",
            "vaksinasi", "pembangunan", "perbaikan");

    // --- mengapa (why) ---
    private static final Pattern WHY_WORDS = words("karena", "sebab", "untuk", "agar", "supaya", "guna",
            "dalam rangka", "demi", "bertujuan");

    // --- bagaimana (how) ---
    private static final Pattern HOW_WORDS = words("dengan", "melalui", "secara", "cara", "menggunakan", "bersama");

    private FiveWOneH() {
    }

    /** @return each question of {@link #QUESTIONS}, in order, to whether the lead seems to answer it */
    static Map<String, Boolean> answer(String lead) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put(WHAT, answersWhat(lead));
        answers.put(WHO, answersWho(lead));
        answers.put(WHEN, answersWhen(lead));
        answers.put(WHERE, answersWhere(lead));
        answers.put(WHY, WHY_WORDS.matcher(lead).find());
        answers.put(HOW, HOW_WORDS.matcher(lead).find());
        return Collections.unmodifiableMap(answers);
    }

    private static boolean answersWhat(String lead) {
        return WHAT_VERB.matcher(lead).find() || WHAT_NOUNS.matcher(lead).find();
    }

    private static boolean answersWho(String lead) {
        return WHO_WORDS.matcher(lead).find() || hasPersonOrBodyName(lead);
    }

    private static boolean answersWhen(String lead) {
        return WHEN_WORDS.matcher(lead).find()
                || WHEN_SHORT_MONTHS.matcher(lead).find()
                || WHEN_DATE.matcher(lead).find();
    }

    private static boolean answersWhere(String lead) {
        return WHERE_WORDS.matcher(lead).find() || WHERE_PREPOSITION_AND_NAME.matcher(lead).find();
    }

    /**
     * Two or more capitalised words in a row, such as "Andi Harun" or "Dinas Lingkungan
     * Hidup". The first word of a sentence is skipped because it is capitalised anyway,
     * and a run right after "di", "ke" or a place word ("Jalan Ahmad Yani") is a place.
     */
    private static boolean hasPersonOrBodyName(String lead) {
        for (String sentence : Sentences.split(lead)) {
            String[] tokens = sentence.split("\\s+");
            int run = 0;
            boolean runIsPlace = false;
            for (int i = 1; i < tokens.length; i++) {
                String word = letters(tokens[i]);
                if (isNamePart(word)) {
                    if (run == 0) {
                        String before = letters(tokens[i - 1]).toLowerCase(Locale.ROOT);
                        runIsPlace = PLACE_PREPOSITIONS.contains(before) || NOT_A_NAME.contains(before);
                    }
                    run++;
                    if (run >= 2 && !runIsPlace) {
                        return true;
                    }
                } else {
                    run = 0;
                }
                if (endsWithPunctuation(tokens[i])) {
                    run = 0; // "Samarinda, Minggu" are two separate things
                }
            }
        }
        return false;
    }

    private static boolean isNamePart(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.codePointAt(0))
                && !NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String letters(String token) {
        return token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static boolean endsWithPunctuation(String token) {
        return !token.isEmpty() && ",.;:!?)\"”".indexOf(token.charAt(token.length() - 1)) >= 0;
    }

    /** Whole words or phrases, case-insensitive; "wali kota" also matches across a line break. */
    private static Pattern words(String... words) {
        return Pattern.compile(alternation(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern caseSensitiveWords(String... words) {
        return Pattern.compile(alternation(words));
    }

    private static String alternation(String... words) {
        // Lookarounds instead of \b so that entries ending in a period ("jl.") still work.
        return Arrays.stream(words)
                .map(word -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])"));
    }

    private static String[] concat(String[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
    }
}

package org.bimtek.api.certification;

/**
 * One requirement evaluated for one trainee.
 *
 * @param met whether the requirement is met
 * @param label what it asks, for the trainee, e.g. "Menyelesaikan kursus Penulisan Berita Dasar"
 * @param missing what is still missing when not met, e.g. "2 dari 6 pelajaran belum selesai"; null when met
 * @param link a path in the web UI where the trainee can work on it, or null
 * @param evidence what a certificate records when the requirement is met; null when not met
 */
public record Evaluation(boolean met, String label, String missing, String link, Evidence evidence) {

    public static Evaluation met(String label, String link, Evidence evidence) {
        return new Evaluation(true, label, null, link, evidence);
    }

    public static Evaluation missing(String label, String missing, String link) {
        return new Evaluation(false, label, missing, link, null);
    }
}

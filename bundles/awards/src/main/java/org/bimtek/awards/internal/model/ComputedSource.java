package org.bimtek.awards.internal.model;

/** Where a COMPUTED criterion's score 0-10 comes from. */
public enum ComputedSource {
    /** The highest valid certificate: none 0, Dasar 4, Menengah 7, Mahir 10. */
    CERTIFICATE_TIER("Tingkat sertifikat"),
    /** The mean quiz score, in percent, divided by 10. */
    QUIZ_AVERAGE("Rata-rata nilai kuis"),
    /** The mean score of accepted practice work, in percent, divided by 10. */
    PRACTICE_SCORE("Rata-rata nilai praktik"),
    /** 2.5 for each bimtek event attended in the programme's year, at most 10. */
    ATTENDANCE("Kehadiran bimtek");

    private final String label;

    ComputedSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

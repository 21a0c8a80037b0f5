package org.custos.domain.shared;

/** Special categories of personal data and criminal-records data (L4): usable only with the DPM's approval. */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN("Racial or ethnic origin"),
    POLITICAL_OPINIONS("Political opinions"),
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS("Religious or philosophical beliefs"),
    TRADE_UNION_MEMBERSHIP("Trade union membership"),
    GENETIC("Genetic data"),
    BIOMETRIC("Biometric data"),
    HEALTH("Health"),
    SEX_LIFE_OR_ORIENTATION("Sex life or sexual orientation"),
    CRIMINAL_RECORDS("Criminal records (allegations, proceedings, convictions, offences)");

    private final String label;

    SpecialCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

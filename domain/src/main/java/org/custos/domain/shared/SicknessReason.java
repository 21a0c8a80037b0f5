package org.custos.domain.shared;

/**
 * The reason category of a sickness absence, in plain words. It says something about the person's health (L4), so
 * it is recorded only inside the absence's health details, behind the DPM's approval gate, never in clear.
 */
public enum SicknessReason {
    MINOR_ILLNESS("Minor illness (cold, flu, stomach upset)"),
    MUSCULOSKELETAL("Back, neck or joint problems"),
    MENTAL_HEALTH("Stress, anxiety, depression or other mental health"),
    INJURY("Injury or accident"),
    HOSPITAL("Operation or hospital treatment"),
    PREGNANCY("Pregnancy-related"),
    LONG_TERM_CONDITION("Long-term condition"),
    OTHER("Other");

    private final String label;

    SicknessReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

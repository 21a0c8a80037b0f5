package org.custos.protection.api;

import java.time.Period;

/**
 * The retention periods (R1-R5), each a setting the DPM can change; the defaults here are the policy's. Record
 * contexts count their review dates with {@link ComplianceCalendar#retentionPeriod(RetentionRule)}.
 */
public enum RetentionRule {
    UNSUCCESSFUL_APPLICANT("recruitment", "retention.unsuccessful-applicant",
            "Keep an unsuccessful applicant's data after the campaign closes", "R1", Period.ofMonths(6)),
    ASSESSMENT_MATERIAL("recruitment", "retention.assessment-material",
            "Keep assessment material (tests, interview notes) after the campaign closes", "R1", Period.ofMonths(6)),
    TALENT_POOL("recruitment", "retention.talent-pool",
            "Further time a talent-pool consent keeps an unsuccessful applicant's data", "R1", Period.ofMonths(6));

    private final String context;

    private final String key;
    private final String label;
    private final String rule;
    private final Period defaultPeriod;

    RetentionRule(String context, String key, String label, String rule, Period defaultPeriod) {
        this.context = context;
        this.key = key;
        this.label = label;
        this.rule = rule;
        this.defaultPeriod = defaultPeriod;
    }

    /** The context whose records the rule governs. */
    public String context() {
        return context;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }

    public Period defaultPeriod() {
        return defaultPeriod;
    }
}

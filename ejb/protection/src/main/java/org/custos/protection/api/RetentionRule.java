package org.custos.protection.api;

import java.time.Period;

/**
 * The retention periods (R1-R5), each a setting the DPM can change; the defaults here are the policy's. Record
 * contexts count their review dates with {@link ComplianceCalendar#retentionPeriod(RetentionRule)}.
 */
public enum RetentionRule {
    UNSUCCESSFUL_APPLICANT("retention.unsuccessful-applicant",
            "Keep an unsuccessful applicant's data after the campaign closes", "R1", Period.ofMonths(6)),
    ASSESSMENT_MATERIAL("retention.assessment-material",
            "Keep assessment material (tests, interview notes) after the campaign closes", "R1", Period.ofMonths(6)),
    TALENT_POOL("retention.talent-pool",
            "Further time a talent-pool consent keeps an unsuccessful applicant's data", "R1", Period.ofMonths(6));

    private final String key;
    private final String label;
    private final String rule;
    private final Period defaultPeriod;

    RetentionRule(String key, String label, String rule, Period defaultPeriod) {
        this.key = key;
        this.label = label;
        this.rule = rule;
        this.defaultPeriod = defaultPeriod;
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

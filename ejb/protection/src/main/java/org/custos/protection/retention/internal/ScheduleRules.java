package org.custos.protection.retention.internal;

import java.time.Period;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.RetentionRule;

/** A declared retention rule as a line of the schedule, in words: its period now and the policy's default (R1-R6). */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static ScheduleRule line(RetentionRule rule, Period now) {
        return new ScheduleRule(rule.context().key(), rule.context().label(), rule.key(), rule.label(), rule.rule(),
                rule.countsFrom(), now.toString(), PeriodText.of(now), rule.defaultPeriod().toString(),
                PeriodText.of(rule.defaultPeriod()), atEnd(rule.atEnd()));
    }

    /** What the end of the period offers, in words: every record is reviewed before anything happens to it. */
    static String atEnd(Disposal disposal) {
        return switch (disposal) {
            case DESTROY -> "Review, then destroy";
            case SUMMARISE -> "Review, then keep a summary";
            case ANONYMISE -> "Review, then anonymise";
        };
    }

    /** A stored period (ISO-8601, null for the default) in words. */
    static String words(String stored, RetentionRule rule) {
        if (stored == null || stored.isBlank()) {
            return rule == null ? "the default" : PeriodText.of(rule.defaultPeriod()) + " (the default)";
        }
        return PeriodText.words(stored);
    }
}

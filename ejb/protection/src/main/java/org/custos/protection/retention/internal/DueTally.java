package org.custos.protection.retention.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.custos.domain.shared.DataContext;
import org.custos.protection.retention.api.DueCount;
import org.custos.protection.retention.api.Simulation;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;

/**
 * The simulator's rule (R6): the items the holders list as due by the last day, those falling due from the first
 * day on, counted per context, rule and month of the due date: how many records, and how many different people
 * (a person with two records due under one rule in one month is one person there). The totals count each person
 * once however many groups they are in.
 */
final class DueTally {

    private final Function<String, RetentionRule> rules;

    /** {@code rules}: the rule with a setting key, null when no deployed holder declares it. */
    DueTally(Function<String, RetentionRule> rules) {
        this.rules = rules;
    }

    Simulation tally(LocalDate from, LocalDate to, List<RetentionItem> due, Map<String, String> overrides) {
        Map<Group, Set<Long>> people = new LinkedHashMap<>();
        Map<Group, Long> records = new LinkedHashMap<>();
        Set<Long> everyone = new HashSet<>();
        long total = 0;
        for (RetentionItem item : due) {
            if (item.dueOn().isBefore(from) || item.dueOn().isAfter(to)) {
                continue;
            }
            Group group = new Group(item.context(), item.rule(), YearMonth.from(item.dueOn()));
            records.merge(group, 1L, Long::sum);
            people.computeIfAbsent(group, g -> new HashSet<>()).add(item.subjectId());
            everyone.add(item.subjectId());
            total++;
        }
        List<DueCount> counts = new ArrayList<>();
        records.forEach((group, count) -> counts.add(new DueCount(group.context(), contextLabel(group.context()),
                group.rule(), recordGroup(group.rule()), group.month(), count, people.get(group).size())));
        counts.sort(Comparator.comparing(DueCount::contextLabel).thenComparing(DueCount::recordGroup)
                .thenComparing(DueCount::month));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return new Simulation(from, to, months, List.copyOf(counts), total, everyone.size(), overrides);
    }

    private String recordGroup(String key) {
        RetentionRule rule = rules.apply(key);
        return rule == null ? "Records of a rule no longer in the schedule" : rule.label();
    }

    private static String contextLabel(String context) {
        return DataContext.byKey(context).map(DataContext::label).orElse(context);
    }

    private record Group(String context, String rule, YearMonth month) {
    }
}

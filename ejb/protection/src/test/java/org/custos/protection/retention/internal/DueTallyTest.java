package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.custos.domain.shared.DataContext;
import org.custos.protection.retention.api.Simulation;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.junit.jupiter.api.Test;

/** The simulator's counting (R6): per context, rule and month, records and different people, within the range. */
class DueTallyTest {

    private static final RetentionRule LETTERS = new RetentionRule(DataContext.COMPLAINTS, "c.letters", "P1",
            "Complaint letters", "Complaint closed", Period.ofYears(3));
    private static final RetentionRule FILES = new RetentionRule(DataContext.STAFF, "s.files", "R2", "Staff files",
            "Left employment", Period.ofYears(6));
    private static final Function<String, RetentionRule> RULES = key -> Map.of(LETTERS.key(), LETTERS,
            FILES.key(), FILES).get(key);

    private static RetentionItem item(RetentionRule rule, long subject, LocalDate dueOn) {
        return new RetentionItem(rule.context().key(), "record", subject + "-" + dueOn, subject, dueOn, rule.key(),
                "why");
    }

    @Test
    void countsRecordsAndDifferentPeoplePerContextRuleAndMonth_R6() {
        Simulation simulation = new DueTally(RULES).tally(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), List.of(
                item(FILES, 7, LocalDate.of(2027, 2, 1)), item(LETTERS, 7, LocalDate.of(2027, 1, 3)),
                item(LETTERS, 7, LocalDate.of(2027, 1, 30)), item(LETTERS, 8, LocalDate.of(2027, 1, 31)),
                item(LETTERS, 8, LocalDate.of(2027, 3, 31))), Map.of());
        assertEquals(List.of("Complaint letters Complaints 2027-01 3 2", "Complaint letters Complaints 2027-03 1 1",
                "Staff files Staff 2027-02 1 1"), simulation.counts().stream().map(c -> c.recordGroup() + " "
                        + c.contextLabel() + " " + c.month() + " " + c.records() + " " + c.people()).toList());
        assertEquals(5, simulation.records());
        assertEquals(2, simulation.people(), "each person once, in however many groups");
        assertEquals(List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3)),
                simulation.months());
    }

    @Test
    void leavesOutWhatFellDueBeforeTheFirstDayOrAfterTheLast_R6() {
        Simulation simulation = new DueTally(RULES).tally(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20),
                List.of(item(LETTERS, 1, LocalDate.of(2027, 1, 9)), item(LETTERS, 2, LocalDate.of(2027, 1, 10)),
                        item(LETTERS, 3, LocalDate.of(2027, 1, 20)), item(LETTERS, 4, LocalDate.of(2027, 1, 21))),
                Map.of());
        assertEquals(2, simulation.records());
        assertEquals(2, simulation.people());
    }

    @Test
    void aRuleNoLongerDeclaredIsNamedInWords_R6() {
        RetentionItem orphan = new RetentionItem("staff", "record", "1", 1, LocalDate.of(2027, 1, 1), "gone", "why");
        Simulation simulation = new DueTally(RULES).tally(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1),
                List.of(orphan), Map.of());
        assertEquals("Records of a rule no longer in the schedule", simulation.counts().get(0).recordGroup());
    }
}

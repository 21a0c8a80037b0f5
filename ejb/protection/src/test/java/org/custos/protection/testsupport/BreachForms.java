package org.custos.protection.testsupport;

import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachNature;
import org.custos.domain.shared.BreachSeverity;
import org.custos.protection.breaches.api.BreachForm;

/** Breaches as the DPM logs them (X5). */
public final class BreachForms {

    private BreachForms() {
    }

    /** A lost laptop with staff payroll data, aware at {@code awareAt}, of the given likelihood and severity. */
    public static BreachForm aLostLaptop(String summary, LocalDateTime awareAt, BreachLikelihood likelihood,
            BreachSeverity severity, Set<Long> subjectIds) {
        return new BreachForm(summary, awareAt.minusHours(6), awareAt, "The employee reported it the same day",
                Set.of(BreachNature.CONFIDENTIALITY, BreachNature.AVAILABILITY),
                "An unencrypted laptop holding the payroll export was left on a train.", "Payroll laptop",
                "Names, bank details, salaries", "Staff", 40, 40, subjectIds,
                "Fraud attempts on staff bank accounts", "Laptop reported stolen; bank told",
                "Encrypt every laptop", likelihood, severity);
    }
}

package org.custos.protection.breaches.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.RecordId;

/**
 * The breach register (X5), kept by the DPM: log, assess, decide, report to the ICO within the deadline of the
 * {@link ComplianceCalendar}, tell the people affected, close. A closed breach is read-only. Changes quote the
 * version they were made to.
 *
 * @see org.custos.security.api.ConcurrentChange when someone else saved the breach in between
 * @see org.custos.security.api.RequestRefused when a change breaks a rule of the register; its message says which
 */
@Local
public interface Breaches {

    BreachView log(@NotNull @Valid BreachForm form);

    BreachView update(@RecordId long breachId, long version, @NotNull @Valid BreachForm form);

    BreachView recordDecision(@RecordId long breachId, long version, @NotNull @Valid BreachDecisionForm decision);

    /** Refused without a reason when the report is after the deadline. */
    BreachView recordReport(@RecordId long breachId, long version, @NotNull @Valid BreachReportForm report);

    BreachView recordPeopleTold(@RecordId long breachId, long version, @NotNull @Valid PeopleToldForm told);

    /**
     * Refused until the decision is recorded, a decided report is made, and, for a high risk, the people affected
     * were told or the reason they were not is recorded.
     */
    BreachView close(@RecordId long breachId, long version);

    BreachView breach(@RecordId long breachId);

    Page<BreachSummary> search(@NotNull @Valid BreachQuery query);

    /** The open breaches, those awaiting their report first (the DPM's home page). */
    List<BreachSummary> openBreaches();

    /** The last {@code months} months, this one included, oldest first. */
    List<BreachMonth> breachesByMonthAndRisk(@Min(1) @Max(36) int months);

    /** The breach as a PDF laid out like the ICO's breach report form. */
    byte[] reportPdf(@RecordId long breachId);
}

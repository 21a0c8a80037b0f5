package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.BreachRisk;

/** One line of the breach register; {@code countdown} as in {@link BreachView}. */
public record BreachSummary(long id, String summary, LocalDateTime awareAt, BreachRisk risk, BreachStage stage,
        ReportCountdown countdown) implements Serializable {
}

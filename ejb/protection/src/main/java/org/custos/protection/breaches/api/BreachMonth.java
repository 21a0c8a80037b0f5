package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.time.YearMonth;

/** How many breaches the organisation became aware of in one month, by risk. */
public record BreachMonth(YearMonth month, long noRisk, long risk, long highRisk) implements Serializable {
}

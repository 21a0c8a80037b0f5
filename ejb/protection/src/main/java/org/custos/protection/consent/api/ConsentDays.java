package org.custos.protection.consent.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The days of a consent taken with a record (L2, R1): given, and withdrawn (null while in force). */
public record ConsentDays(long recordId, LocalDate givenOn, LocalDate withdrawnOn) implements Serializable {
}

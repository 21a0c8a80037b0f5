package org.custos.protection.purposes.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A purpose stopped for a person (D7, L2), or an objection to it kept with the compelling grounds that outweigh it
 * ({@code stops} false).
 */
public record PurposeStopView(long purposeId, String purposeName, String reason, LocalDate since,
        String compellingGrounds, boolean stops) implements Serializable {
}

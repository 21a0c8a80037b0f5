package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A recipient of the person's data to tell about what a request changed (D5, D6), and when they were told. */
public record RecipientView(long id, long version, String recipient, String disclosed, LocalDate disclosedOn,
        LocalDate toldOn) implements Serializable {
}

package org.custos.complaints.api;

import java.io.Serializable;

/** A person on a complaint file (the complainant or someone it concerns), as the register names them. */
public record ComplaintParty(long subjectId, String name) implements Serializable {
}

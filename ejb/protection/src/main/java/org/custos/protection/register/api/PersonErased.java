package org.custos.protection.register.api;

import java.io.Serializable;

/**
 * Fired, synchronously and in the same transaction, when the register erases a person (D5, R6), once every context
 * has erased their records: whatever protection keeps about the person beside the register (the copies in their
 * rights requests) must go with them, or the erasure fails as a whole.
 */
public record PersonErased(long subjectId) implements Serializable {
}

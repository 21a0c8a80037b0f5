package org.custos.testsupport;

/** What a piece of work run by a {@link RunAsCaller} gave: a value, or the exception it threw, unwrapped. */
public record Outcome(Object value, Exception failure) {
}

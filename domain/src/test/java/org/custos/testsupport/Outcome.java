package org.custos.testsupport;

/** What a piece of work run by a {@link Caller} gave: a value, or the exception it threw, unwrapped. */
public record Outcome(Object value, Exception failure) {
}

package org.custos.relationships.api;

import java.io.Serializable;

/** An organisation a processor passes our data on to, by name, with its countries. */
public record SubProcessorView(long organisationId, String name, String countries) implements Serializable {
}

package org.custos.security.api;

import java.io.Serializable;

/** What is known of an attached document without opening it; {@code sha256} is of its bytes, in hex. */
public record DocumentSummary(String fileName, String mediaType, int size, String sha256) implements Serializable {
}

package org.custos.recruitment.api;

import java.io.Serializable;

/** An account that can be named as a campaign's hiring manager. */
public record ManagerChoice(String username, String displayName) implements Serializable {
}

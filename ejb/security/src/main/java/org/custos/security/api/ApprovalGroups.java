package org.custos.security.api;

import java.util.Optional;

/**
 * The groups of people an approval can name (L4), e.g. one campaign's conditional offers: the context that forms
 * a group implements this port and tells the gate the group's label from its key, so that a request names only a
 * group that exists, under its own name. Security knows no context's groups (ADR 0004). Not a facade: the gate
 * calls it inside its own guarded, audited call.
 */
public interface ApprovalGroups {

    /** The group's label, as the DPM reads it; empty when this context forms no group with this key. */
    Optional<String> label(String groupKey);
}

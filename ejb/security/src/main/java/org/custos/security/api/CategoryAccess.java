package org.custos.security.api;

import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.SpecialCategory;

/**
 * For one person and one category: the approvals in force that the caller may use (L4: they asked for them or are
 * named on them) and the requests waiting for the DPM, so a page can say what the caller may do before trying.
 */
public record CategoryAccess(SpecialCategory category, List<ApprovalView> inForce, List<ApprovalView> pending)
        implements Serializable {

    public CategoryAccess {
        inForce = List.copyOf(inForce);
        pending = List.copyOf(pending);
    }

    public boolean approved() {
        return !inForce.isEmpty();
    }
}

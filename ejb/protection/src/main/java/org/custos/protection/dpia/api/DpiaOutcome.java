package org.custos.protection.dpia.api;

import java.io.Serializable;
import java.util.List;

/** Whether a purpose needs a DPIA, from its screening, and why, in words. */
public record DpiaOutcome(Status status, List<String> reasons) implements Serializable {

    /** Where the screening stands. */
    public enum Status {
        NOT_SCREENED("Not screened"),
        NOT_REQUIRED("Not required"),
        REQUIRED("Required");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DpiaOutcome {
        reasons = List.copyOf(reasons);
    }

    public boolean required() {
        return status == Status.REQUIRED;
    }

    /** "Required: on the ICO's list (tracking)." */
    public String words() {
        return reasons.isEmpty() ? status.label() + "." : status.label() + ": " + String.join("; ", reasons) + ".";
    }
}

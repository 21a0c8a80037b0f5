package org.custos.recruitment.api;

import java.io.Serializable;

/** A group an approval can name (L4): its key for the gate and its label for the DPM. */
public record ApprovalGroup(String key, String label) implements Serializable {
}

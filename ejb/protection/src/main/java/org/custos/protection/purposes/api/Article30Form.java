package org.custos.protection.purposes.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.Schedule1Condition;

/**
 * The DPM's form for the Art 30 fields of a purpose that no record knows (the ICO controller template's columns):
 * blank is none. The link to the legitimate interest assessment is the purpose's own assessment (L3), and the Art 9
 * condition its special-category condition; the DPA 2018 Schedule 1 condition is the one added here.
 */
public record Article30Form(long version,
        @Size(max = Article30Limits.NAME, message = "The business function must have at most {max} characters.")
        String businessFunction,
        @Size(max = Article30Limits.NAME, message = "The joint controller's name must have at most {max} characters.")
        String jointController,
        @Size(max = Article30Limits.LINE,
                message = "The joint controller's contact details must have at most {max} characters.")
        String jointControllerContact,
        @Size(max = Article30Limits.SECURITY, message = "The security measures must have at most {max} characters.")
        String securityMeasures,
        @Size(max = Article30Limits.LINE, message = "The location of the data must have at most {max} characters.")
        String dataLocation,
        @Size(max = Article30Limits.LINE,
                message = "The link to the retention and erasure policy must have at most {max} characters.")
        String retentionPolicyLink,
        Schedule1Condition schedule1Condition,
        @Size(max = Article30Limits.LINE, message = "The source of the data must have at most {max} characters.")
        String dataSource) implements Serializable {

    /** Art 30(1)(a): a joint controller is recorded with how to contact them, and contact details with a name. */
    @AssertTrue(message = "Give the joint controller's name and contact details together, or neither.")
    public boolean isJointControllerWhole() {
        return present(jointController) == present(jointControllerContact);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}

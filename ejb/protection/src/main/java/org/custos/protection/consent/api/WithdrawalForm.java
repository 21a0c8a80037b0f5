package org.custos.protection.consent.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;

/** L2: how and the day a person withdrew their consent. */
public record WithdrawalForm(
        @NotNull(message = "Choose how they withdrew their consent.") ConsentMethod method,
        @NotNull(message = "Enter the day they withdrew their consent.") LocalDate withdrawnOn)
        implements Serializable {
}

package org.custos.protection.rights.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.protection.register.api.ChosenPerson;

/** A rights request as it arrived (D1): who (someone new is registered with the request), what, how, when. */
public record RequestForm(
        @NotNull(message = "Choose or create the person.") @Valid ChosenPerson person,
        @NotNull(message = "Choose what the person asks for.") RequestType type,
        @NotNull(message = "Choose how the request arrived.") RequestChannel channel,
        @Size(max = 500, message = "The representative must have at most {max} characters.") String representative,
        @NotBlank(message = "Write what the person asks.")
        @Size(max = 4000, message = "What is asked must have at most {max} characters.") String asked,
        @NotNull(message = "Enter the day the request was received.")
        @PastOrPresent(message = "The request cannot be received in the future.") LocalDate receivedOn)
        implements Serializable {

    @AssertTrue(message = "Name the representative and the authority they showed.")
    public boolean isRepresentativeNamed() {
        return channel != RequestChannel.REPRESENTATIVE || representative != null && !representative.isBlank();
    }
}

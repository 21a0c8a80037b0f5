package org.custos.recruitment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The day the final offer was made and the UK bank account the salary goes to. */
public record BankDetailsForm(
        @NotNull(message = "Enter the day the final offer was made.")
        @PastOrPresent(message = "The offer cannot be made in the future.") LocalDate madeOn,
        @NotBlank(message = "Enter the account holder's name.")
        @Size(max = 200, message = "The account holder must have at most {max} characters.") String accountHolder,
        @NotNull(message = "Enter the sort code.") @Size(max = 8, message = "The sort code has at most {max} characters.")
        @Pattern(regexp = "\\d{2}-?\\d{2}-?\\d{2}", message = "Enter the sort code as six digits, like 12-34-56.")
        String sortCode,
        @NotNull(message = "Enter the account number.")
        @Size(max = 8, message = "The account number has at most {max} digits.")
        @Pattern(regexp = "\\d{8}", message = "Enter the account number as eight digits.") String accountNumber)
        implements Serializable {

    /** The sort code as it is kept and shown, 12-34-56, whether or not it was typed with dashes. */
    public static String dashed(String sortCode) {
        String digits = sortCode.replace("-", "");
        return digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4);
    }
}

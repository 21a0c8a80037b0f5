package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.RelationshipStatus;

/** An organisation's details as typed (K1): the one home of their rules and lengths. */
public record OrganisationDetailsForm(
        @NotBlank(message = "Enter the organisation's name.")
        @Size(max = 200, message = "The name must have at most {max} characters.")
        String name,
        @NotEmpty(message = "Choose what the organisation is to us: client, customer or supplier.")
        Set<@NotNull OrganisationKind> kinds,
        @Size(max = 40, message = "The registration number must have at most {max} characters.")
        String registrationNumber,
        @Size(max = 500, message = "The address must have at most {max} characters.")
        String address,
        @Size(max = 300, message = "The website must have at most {max} characters.")
        @Pattern(regexp = "\\s*|\\s*\\S+\\.\\S+\\s*", message = "Enter a website such as www.example.org, or leave it"
                + " empty.")
        String website,
        @PlausibleDate(value = "The relationship's start", span = PlausibleDate.Span.CALENDAR)
        LocalDate relationshipStart,
        @PlausibleDate(value = "The relationship's end", span = PlausibleDate.Span.CALENDAR)
        LocalDate relationshipEnd,
        @NotNull(message = "Choose the relationship's status.") RelationshipStatus status,
        @Size(max = 2000, message = "The notes must have at most {max} characters.")
        String notes) implements Serializable {
}

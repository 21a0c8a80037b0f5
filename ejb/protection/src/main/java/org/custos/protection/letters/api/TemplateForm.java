package org.custos.protection.letters.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A template's text: the letter's title and its body (paragraphs apart by a blank line), with placeholders. */
public record TemplateForm(
        @NotBlank(message = "Write the letter's title.")
        @Size(max = 200, message = "The title must have at most {max} characters.") String title,
        @NotBlank(message = "Write the letter's text.")
        @Size(max = 10000, message = "The text must have at most {max} characters.") String body)
        implements Serializable {
}

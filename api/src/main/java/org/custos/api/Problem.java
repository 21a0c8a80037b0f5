package org.custos.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A problem document (RFC 9457): what went wrong, in words a web developer can act on. */
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json).")
public record Problem(
        @Schema(description = "What kind of problem: a URN of Custos's, or about:blank for a plain HTTP status.",
                example = "urn:custos:problem:invalid-fields") String type,
        @Schema(description = "The kind of problem in words.", example = "Some fields are not valid.") String title,
        @Schema(description = "The HTTP status.", example = "400") int status,
        @Schema(description = "What went wrong in this request.") String detail,
        @Schema(description = "The invalid fields, each with what to change (only for invalid fields).")
        List<FieldProblem> errors) {

    /** A field of the request's body and what is wrong with it, in the words the intranet's form uses. */
    @Schema(name = "FieldProblem")
    public record FieldProblem(
            @Schema(description = "The field's path in the body.", example = "person.email") String field,
            @Schema(example = "Enter a valid email address, like name@example.org.") String message) {
    }
}

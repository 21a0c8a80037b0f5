package org.custos.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** The problem documents the API answers with: one place for their types, titles and words. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    static final String INVALID_FIELDS = "urn:custos:problem:invalid-fields";
    static final String REFUSED = "urn:custos:problem:refused";
    static final String NO_TOKEN = "urn:custos:problem:token-refused";
    static final String SCOPE = "urn:custos:problem:scope-missing";
    static final String RATE = "urn:custos:problem:rate-limited";
    static final String UNREADABLE = "urn:custos:problem:unreadable-body";
    static final String FAILURE = "urn:custos:problem:failure";

    private Problems() {
    }

    /** The invalid fields of a body, sorted by field, each with its message. */
    static Problem invalid(Collection<? extends ConstraintViolation<?>> violations) {
        List<Problem.FieldProblem> errors = violations.stream()
                .map(violation -> new Problem.FieldProblem(field(violation.getPropertyPath()), violation.getMessage()))
                .distinct().sorted(Comparator.comparing(Problem.FieldProblem::field)
                        .thenComparing(Problem.FieldProblem::message))
                .toList();
        return new Problem(INVALID_FIELDS, "Some fields are not valid.", 400,
                errors.size() == 1 ? errors.get(0).message() : "Correct the fields listed and send it again.",
                errors);
    }

    /**
     * A violation's field as the body names it: the path below the method's parameter ("person.email", or
     * "body" for the body as a whole).
     */
    static String field(Path path) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.add(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** A body that is not JSON, or not of the shape the operation takes; the reader's words name Java types. */
    static Problem unreadable() {
        return of(UNREADABLE, 400, "The body cannot be read.",
                "The request's body is not JSON of the expected shape: see the API's description at /openapi.");
    }

    static Problem of(String type, int status, String title, String detail) {
        return new Problem(type, title, status, detail, null);
    }

    /** A plain HTTP status (an unknown path, a method or media type not offered): its reason is the title. */
    static Problem status(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", type == null ? "Error " + status : type.getReasonPhrase(), status, detail,
                null);
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}

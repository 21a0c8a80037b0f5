package org.custos.protection.rights.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.RequestType;

/**
 * The request list's filters (null or blank match every request), newest received first, and one page:
 * {@code person} is found anywhere in the person's name; the received dates include both ends.
 */
public record RequestQuery(RequestStatus status, RequestType type,
        @Size(max = 200, message = "The name to find must have at most {max} characters.") String person,
        LocalDate receivedFrom, LocalDate receivedTo, @Min(0) int first, @Min(1) @Max(200) int pageSize)
        implements Serializable {
}

package org.custos.protection.register.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.SubjectCategory;

/**
 * The register's search: filters (null or blank match everything), order and page. {@code knownTotal}: how many
 * people the same search found when its first page was read (null if unknown), so that paging and sorting it do
 * not count the register again.
 */
public record SubjectQuery(
        @Size(max = 200, message = "The name to find must have at most {max} characters.") String name,
        @Size(max = 254, message = "The email to find must have at most {max} characters.") String email,
        SubjectCategory category, @NotNull SubjectSort sort, boolean ascending, @Min(0) int first,
        @Min(1) @Max(200) int pageSize, @PositiveOrZero Long knownTotal) implements Serializable {

    /** A search whose total is to be counted. */
    public SubjectQuery(String name, String email, SubjectCategory category, SubjectSort sort, boolean ascending,
            int first, int pageSize) {
        this(name, email, category, sort, ascending, first, pageSize, null);
    }
}

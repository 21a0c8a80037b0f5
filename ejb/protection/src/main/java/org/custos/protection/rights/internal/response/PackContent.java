package org.custos.protection.rights.internal.response;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the response to one access or portability request shows (D3, D7): the request, the copy of the
 * person's data by context, what was withheld (only that it was, and why) and the supplementary information.
 */
public record PackContent(String subjectName, String requestType, LocalDate receivedOn, LocalDate dueOn,
        LocalDate producedOn, List<PackSection> sections, List<WithheldItem> withheld,
        SupplementaryInformation information) {

    public PackContent {
        sections = List.copyOf(sections);
        withheld = List.copyOf(withheld);
    }
}

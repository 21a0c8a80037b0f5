package org.custos.complaints.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One dated step of the investigation, by whom and when it was written. */
public record InvestigationStep(long id, LocalDate notedOn, String text, String notedBy, LocalDateTime notedAt)
        implements Serializable {
}

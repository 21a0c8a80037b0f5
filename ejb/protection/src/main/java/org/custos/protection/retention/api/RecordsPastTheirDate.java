package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The port through which the record of processing reads whether records are kept past their retention date (Art 30,
 * R6): the queue's items whose date has passed and that wait for a reviewer's decision (or failed to be carried
 * out). Not a facade: the record of processing's facade checks the caller (the DPM) and audits the call.
 */
public interface RecordsPastTheirDate {

    /** How many records past their date, and the oldest date among them. */
    record Overdue(long records, LocalDate oldestDue) implements Serializable {
    }

    /** The records past their date on {@code today}, by context key; a context without any is absent. One statement. */
    Map<String, Overdue> byContext(LocalDate today);
}

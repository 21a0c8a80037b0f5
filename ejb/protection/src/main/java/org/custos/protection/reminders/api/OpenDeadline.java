package org.custos.protection.reminders.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One open deadline as a calendar shows it: a stable id, what is due (by record number and kind, no one's name),
 * the day it falls on, or for a deadline with a time (a breach's 72 hours) the instant, and the page of the record.
 */
public record OpenDeadline(String uid, String summary, LocalDate day, Instant at, String link) implements Serializable {
}

/**
 * The staff context's entities (tables {@code stf_*}, ADR 0010): the staff file, its engagement history (a new
 * dated row per change; the latest is current), bank details encrypted at rest (X3) and owned here alone, the
 * emergency contacts, the right-to-work checks, conflict-of-interest declarations and security clearances, the
 * file's documents (right-to-work copies among them), the hires still waiting for their file, and the HR cases
 * (disciplinary, grievance, capability) with their notes, meetings and documents, which go at the warning's expiry
 * leaving the case as its summary (R3); the account a member of staff sees their own record through, and the changes
 * they report to it, waiting for HR, and when each group of it was last confirmed as still right (A1). People are referenced by subject id (ADR 0002).
 */
package org.custos.domain.staff;

/**
 * Value types shared by every context and by the web layer: lawful bases, special categories, subject
 * categories, roles, the breach register's scales (nature, likelihood, severity, risk), recruitment's statuses and
 * kinds (each status with the sentence and the button that tell it), and the rights requests' types, channels and
 * decisions; the groups of a member of staff's record checked for accuracy (A1); the words for kinds of record
 * ({@code RecordTypes}); the organisation's time and how a day, a time and a moment are written
 * ({@code OrganisationTime}); small helpers every context shares (text, SHA-256).
 * The processor register's seven conditions, the Art 28(3) terms of an agreement and its states (X4).
 * Plain enums, records and helpers; no entities.
 */
package org.custos.domain.shared;

/**
 * Value types shared by every context and by the web layer: lawful bases, special categories, subject
 * categories, roles, the breach register's scales (nature, likelihood, severity, risk), recruitment's statuses and
 * kinds, and the rights requests' types, channels and decisions; small helpers every context shares (text, SHA-256).
 * Plain enums, records and helpers; no entities.
 */
package org.custos.domain.shared;

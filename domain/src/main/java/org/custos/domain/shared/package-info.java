/**
 * Value types shared by every context and by the web layer: lawful bases, special categories, subject
 * categories, roles, and the breach register's scales (nature, likelihood, severity, risk). Plain enums and
 * records; no entities.
 */
package org.custos.domain.shared;

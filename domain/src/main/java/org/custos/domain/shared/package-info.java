/**
 * Value types shared by every context and by the web layer: lawful bases, special categories, subject
 * categories and roles. Plain enums and records; no entities.
 */
package org.custos.domain.shared;

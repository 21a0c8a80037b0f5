/**
 * The recruitment context's entities (tables {@code rec_*}): campaigns, applications and what hangs on them.
 * People are referenced by subject id (ADR 0002); bank details are encrypted at rest (X3).
 */
package org.custos.domain.recruitment;

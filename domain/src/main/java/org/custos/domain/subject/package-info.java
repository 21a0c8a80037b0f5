/**
 * The people register's master record (S1-S3): one identified person, known once across every context.
 * Other contexts hold a subject's id, never an association.
 */
package org.custos.domain.subject;

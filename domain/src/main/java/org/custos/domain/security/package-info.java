/**
 * Entities of the security context: accounts and their roles, login throttling, the audit trail, sensitive records
 * and their documents, approvals and need-to-know grants.
 */
package org.custos.domain.security;

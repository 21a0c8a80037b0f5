/** Entities of the security context: accounts and their roles, login throttling, the audit trail. */
package org.custos.domain.security;

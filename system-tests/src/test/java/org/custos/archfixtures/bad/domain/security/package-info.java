/** Fixture entities of the security context. */
package org.custos.archfixtures.bad.domain.security;

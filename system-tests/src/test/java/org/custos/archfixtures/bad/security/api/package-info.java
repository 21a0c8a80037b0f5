/** Fixture api of the security context. */
package org.custos.archfixtures.bad.security.api;

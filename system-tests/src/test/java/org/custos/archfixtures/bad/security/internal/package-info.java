/** Fixture internals of the security context. */
package org.custos.archfixtures.bad.security.internal;

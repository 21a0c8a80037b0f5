/** Fixture internals of the protection context. */
package org.custos.archfixtures.bad.protection.internal;

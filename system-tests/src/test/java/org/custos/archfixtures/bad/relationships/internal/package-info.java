/** Fixture internals of the relationships context. */
package org.custos.archfixtures.bad.relationships.internal;

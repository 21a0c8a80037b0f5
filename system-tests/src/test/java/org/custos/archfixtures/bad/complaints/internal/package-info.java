/** Fixture internals of the complaints context. */
package org.custos.archfixtures.bad.complaints.internal;

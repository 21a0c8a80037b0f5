/** Fixture internals of the staff context. */
package org.custos.archfixtures.bad.staff.internal;

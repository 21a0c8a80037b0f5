/** Fixture api of the staff context. */
package org.custos.archfixtures.bad.staff.api;

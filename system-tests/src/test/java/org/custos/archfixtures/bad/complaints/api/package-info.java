/** Fixture api of the complaints context. */
package org.custos.archfixtures.bad.complaints.api;

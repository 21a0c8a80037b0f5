/** Fixture api of the recruitment context. */
package org.custos.archfixtures.bad.recruitment.api;

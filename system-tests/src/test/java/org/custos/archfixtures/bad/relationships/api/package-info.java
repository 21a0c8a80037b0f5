/** Fixture api of the relationships context. */
package org.custos.archfixtures.bad.relationships.api;

/** Fixture api of the purposes sub-area of the protection context. */
package org.custos.archfixtures.bad.protection.purposes.api;

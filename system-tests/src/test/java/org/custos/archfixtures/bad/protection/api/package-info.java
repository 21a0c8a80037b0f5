/** Fixture api of the protection context. */
package org.custos.archfixtures.bad.protection.api;

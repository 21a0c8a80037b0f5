/** Fixture internals of the register sub-area of the protection context: one class that reaches into purposes. */
package org.custos.archfixtures.bad.protection.register.internal;

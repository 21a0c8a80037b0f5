/** Fixture internals of the recruitment context. */
package org.custos.archfixtures.bad.recruitment.internal;

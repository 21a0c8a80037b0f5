/** Fixture shared value types: the only part of the domain the web may use. */
package org.custos.archfixtures.bad.domain.shared;

/** Fixture personal-data SPI of the protection context, which the other contexts implement. */
package org.custos.archfixtures.bad.protection.spi;

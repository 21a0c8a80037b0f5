/** Fixture web module: one lawful page, one page that uses an entity, one that uses the personal-data SPI. */
package org.custos.archfixtures.bad.web;

/** Fixture web module: one lawful page, one page that uses an entity. */
package org.custos.archfixtures.bad.web;

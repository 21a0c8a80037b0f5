/** Fixture: a package outside every module, as a reporting add-on would be. */
package org.custos.archfixtures.bad.reports;

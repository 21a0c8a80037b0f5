/** The DPM's pages: purposes and lawful bases, and the audit trail viewer. */
package org.custos.web.protection;

/**
 * The DPM's breach register pages (X5): the list, the log/edit page with the decision, the report, the people
 * told and closure, and the open breaches with their chart for the DPM's home page.
 */
package org.custos.web.breach;

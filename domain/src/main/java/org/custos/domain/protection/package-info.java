/** Entities of the protection context: purposes (the record of processing) and the DPM's settings. */
package org.custos.domain.protection;

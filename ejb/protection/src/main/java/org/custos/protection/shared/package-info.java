/**
 * What the sub-areas share and no single one owns: date-times as the DPM reads them.
 * <p>
 * May use: the JDK only.
 */
package org.custos.protection.shared;

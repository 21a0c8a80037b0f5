/**
 * The page layout that protection's PDF documents share: an A4 document and a table of labelled values. The
 * documents themselves (the breach report, the rights letters) live with the rules that fill them.
 * <p>
 * May use: OpenPDF ({@code com.lowagie.text}) and the JDK only.
 */
package org.custos.protection.shared.pdf;

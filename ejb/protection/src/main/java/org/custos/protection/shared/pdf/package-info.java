/**
 * The page layout that protection's PDF documents share: an A4 document, a table of labelled values, and the
 * styles of their text, whose embedded fonts print every name in Latin, Greek, Cyrillic, Hebrew, Arabic and
 * Chinese script, and emoji (see {@code fonts/README.md} beside this package's classes). The documents themselves
 * (the breach report, the rights letters) live with the rules that fill them.
 * <p>
 * May use: OpenPDF ({@code com.lowagie.text}), its Liberation fonts and the JDK only.
 */
package org.custos.protection.shared.pdf;

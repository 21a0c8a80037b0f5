/**
 * What the rights requests engine sends the person, besides the DPM's template text: the response to an access or
 * portability request (the copy of their data grouped by what it is to them, the supplementary information, D3, and
 * the machine-readable copy, D3 and D7), the rights a refusal must state (D4), and what stands in for a letter once
 * the person is erased (D5, R6). The input is a plain model ({@link
 * org.custos.protection.rights.internal.response.PackContent}) that the engine fills after redaction and
 * exemptions; the builders only lay it out, so what was withheld never reaches them.
 * <p>
 * Plain Java, no container. May use: {@code shared}, {@code shared.pdf}, {@code shared.letter}, OpenPDF, Jakarta
 * JSON Processing and the JDK.
 */
package org.custos.protection.rights.internal.response;

/**
 * What the rights requests engine sends the person: the response pack to an access or portability request (the
 * letter with the copy of their data and the supplementary information, D3, and the machine-readable copy, D3 and
 * D7), the letter refusing a request (D4), and what stands in for a letter once the person is erased (D5, R6). The input is a plain model ({@link
 * org.custos.protection.rights.internal.response.PackContent}, {@link
 * org.custos.protection.rights.internal.response.RefusalContent}) that the engine fills after redaction and
 * exemptions; the builders only lay it out, so what was withheld never reaches them.
 * <p>
 * Plain Java, no container. May use: {@code shared.pdf}, OpenPDF, Jakarta JSON Processing and the JDK.
 */
package org.custos.protection.rights.internal.response;

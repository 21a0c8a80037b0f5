/**
 * What the rights requests engine sends the person: the response pack to an access or portability request (the
 * letter with the copy of their data and the supplementary information, D3, and the machine-readable copy, D3 and
 * D7) and the letter refusing a request (D4). The input is a plain model ({@link
 * org.custos.protection.internal.rights.PackContent}, {@link org.custos.protection.internal.rights.RefusalContent})
 * that the engine fills after redaction and exemptions; the builders only lay it out, so what was withheld never
 * reaches them.
 * <p>
 * Plain Java, no container: nothing here is an EJB, injected or reads a database. May use: the shared PDF layout
 * ({@code org.custos.protection.internal.pdf}), OpenPDF, Jakarta JSON Processing ({@code jakarta.json}) and the JDK.
 */
package org.custos.protection.internal.rights;

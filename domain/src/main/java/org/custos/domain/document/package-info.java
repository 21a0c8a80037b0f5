/**
 * Documents attached to records (a health note's letter, later a CV): which kinds are accepted, told by their
 * content (Apache Tika's detection, nothing of its parsers; Office packages unpacked within limits, never with
 * macros), the safe form of their names at upload and download, and what is kept about them besides their bytes.
 * Every context that takes uploads checks them here; sensitive documents' bytes and names are stored encrypted
 * ({@code org.custos.domain.crypto.EncryptedColumns}). Records that keep their documents' bytes unencrypted embed
 * what they store about each as a {@code StoredDocument}.
 * <p>
 * May use: the JDK, Jakarta Persistence (the embeddable), Apache Tika core and {@code domain.shared}.
 */
package org.custos.domain.document;

/**
 * The purposes facade (the DPM changes them; everyone reads) and the stops of purposes for a person (D7, L2).
 * <p>
 * May use: {@code purposes.api}, the security module's {@code api}, the entities of {@code domain.protection}.
 */
package org.custos.protection.purposes.internal;

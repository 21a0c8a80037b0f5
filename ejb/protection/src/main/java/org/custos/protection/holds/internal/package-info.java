/**
 * The legal-hold and disclosure facades and the queries the register's holder and the rights actions use; the
 * recipients as the deployed {@code DisclosureRecipients} know them ({@code Recipients}: an organisation named as it is
 * now, refused when no context knows it or one refuses it).
 * <p>
 * May use: {@code holds.api}, the {@code api} of {@code register} and {@code purposes}, {@code spi}, the security
 * module's {@code api}, the entities of {@code domain.protection}.
 */
package org.custos.protection.holds.internal;

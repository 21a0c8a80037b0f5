/**
 * The letters' facades and the rules beside them: {@link org.custos.protection.letters.internal.LogoImage} (a logo
 * is a PNG or JPEG image, told by its content) and {@link org.custos.protection.letters.internal.TemplateVersions}
 * (a template is saved only over the newest version, and only with the placeholders its letter offers);
 * {@link org.custos.protection.letters.internal.TemplateLetterWriter}, the port other contexts write their letters
 * through.
 * <p>
 * May use: {@code letters.api}, {@code calendar.api}, {@code shared} and {@code shared.letter}, the entities of
 * {@code domain.protection}, the security module's {@code api}.
 */
package org.custos.protection.letters.internal;

/**
 * Architecture tests (DESIGN §2-4, §6, §11 "Lessons from their bugs"): the module, sub-area and package boundaries,
 * the place of entities and of JSF, the personal-data SPI kept from the web, and the guard, validation and audit of
 * every facade method, checked with ArchUnit against the production classes of every module. Each rule is written
 * once, parameterised by the root package, and run twice: against {@code org.custos} (must hold) and against the
 * miniature in {@code org.custos.archfixtures.bad} (must bite, naming the one deliberate violator). The contexts
 * come from the one registry, {@link org.custos.domain.shared.DataContext}, read as {@link ContextModule}s.
 */
package org.custos.architecture;

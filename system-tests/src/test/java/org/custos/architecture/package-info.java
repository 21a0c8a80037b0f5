/**
 * Architecture tests (DESIGN §2-4, §11 "Lessons from their bugs"): the module and package boundaries, the place
 * of entities and of JSF, and the guard on every facade method, checked with ArchUnit against the production
 * classes of every module. Each rule is written once, parameterised by the root package, and run twice: against
 * {@code org.custos} (must hold) and against the miniature in {@code org.custos.archfixtures.bad} (must bite,
 * naming the one deliberate violator). The contexts come from one place, {@link org.custos.architecture.Context}.
 */
package org.custos.architecture;

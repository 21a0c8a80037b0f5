/**
 * The web layer: JSF + PrimeFaces pages. One sub-package per page folder ({@code people}, {@code requests} ...,
 * {@code admin}), whose beans are named for their screen, {@code PersonDetailPage} for {@code people/detail.xhtml},
 * and for the sections a page includes from {@code WEB-INF/includes/<folder>/}, {@code PersonLegalHoldsSection};
 * {@code shell} for the layout, the pages outside a folder and what every folder shares.
 * <p>
 * May use: the contexts' {@code api} packages and {@code domain.shared}; never {@code protection.spi}, a
 * personal-data holder, a context's {@code internal} package or an entity. Nothing depends on this module.
 */
package org.custos.web;

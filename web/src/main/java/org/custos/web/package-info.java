/**
 * The web layer: JSF + PrimeFaces pages, one sub-package per area, backing beans named for their screen.
 * <p>
 * May use: each context's {@code api} package and the domain's shared value types; never a context's
 * {@code internal} package or an entity. Nothing depends on this module.
 */
package org.custos.web;

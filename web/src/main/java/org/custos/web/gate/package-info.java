/**
 * Pages of the DPM's prior-approval gate (L4, L5): a person's special-category data, requests for approval, the
 * DPM's decisions. The gate itself is enforced in the security context's facades; these pages only explain it.
 * <p>
 * May use: the contexts' {@code api} packages, the domain's shared value types, the shell.
 */
package org.custos.web.gate;

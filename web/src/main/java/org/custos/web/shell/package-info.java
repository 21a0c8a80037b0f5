/**
 * What every page shares: the signed-in user and the menu, response headers, error and refusal pages, and the
 * translation of facade outcomes into messages. Uses the contexts' api packages.
 */
package org.custos.web.shell;

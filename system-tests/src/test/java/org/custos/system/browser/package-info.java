/**
 * Browser journeys: Selenium drives Debian's Chromium through the real EAR on Payara Server, as users would.
 * Run with {@code ./mvnw verify -Pbrowser}.
 */
package org.custos.system.browser;

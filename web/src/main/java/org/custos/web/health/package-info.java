/**
 * What the sysadmin's monitoring reads from Payara (README, "Monitoring"): the health checks at {@code /health}
 * (readiness: database, data keys, audit key, the data directory's free space; liveness: no deadlock) and the
 * gauges at {@code /metrics} (the audit chain, open rights requests by days left, the retention queue); the page
 * timers are {@code shell.PageTimes}. Made in the web module, where Payara looks for them; the contexts answer
 * through ports read with no caller, which tell nothing about a person.
 * <p>
 * May use: the {@code api} packages of security ({@code SystemChecks}, {@code AuditChainFigures}) and protection
 * ({@code rights}, {@code retention}, {@code calendar}), MicroProfile Health and Metrics.
 */
package org.custos.web.health;

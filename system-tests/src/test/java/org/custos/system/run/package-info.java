/**
 * The README's ways of running Custos, tested as a newcomer or a system administrator follows them: {@code ./run.sh}
 * on a fresh data directory (H2, then PostgreSQL), then {@code ./stop.sh}; and the deployment guide's commands on a
 * new Payara Server domain.
 */
package org.custos.system.run;

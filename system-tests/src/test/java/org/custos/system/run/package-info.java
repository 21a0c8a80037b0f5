/** The README's run command tested as a newcomer uses it: {@code ./run.sh} on a fresh data directory, then {@code ./stop.sh}. */
package org.custos.system.run;

/**
 * The retention facades and the rules beside them: the run's lease and queue filling, the carrying out of decisions
 * one person's context at a time (started by a decision, at the server's start and by the nightly run, with no one
 * signed in, each group audited), the holds that keep records, the schedule's versions and the simulator.
 * <p>
 * May use: {@code retention.api}, the {@code api} of {@code calendar}, {@code holds}, {@code register} and
 * {@code shared}, {@code spi}, the security module's {@code api}, the entities of {@code domain.protection}.
 */
package org.custos.protection.retention.internal;

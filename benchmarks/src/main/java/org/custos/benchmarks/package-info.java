/**
 * The benchmark harness (issue 13, {@code ./mvnw -Pbench verify -pl benchmarks -am}): seeds a register of realistic
 * size into the embedded PostgreSQL the tests use (SQL {@code COPY}) and into an H2 file database like
 * {@code run.sh}'s (batched inserts), times the reads the people search needs in plain JDBC (the raw SQL baselines),
 * deploys the EAR as built on a Payara Server domain over the seeded PostgreSQL, seeds the other contexts' records
 * under the application's data key ({@link org.custos.benchmarks.ContextSeed}), drives the application over HTTP with
 * Gatling as HR's, the DPM's and a hiring manager's browsers would (login, JSF view state, the lazy tables' and
 * buttons' Ajax requests, the compile progress poll), then again over the seeded H2 file as {@code run.sh} runs it
 * (one user), and writes the figures beside the targets ({@link org.custos.benchmarks.Report}). Not a test: nothing
 * here passes or fails on a time.
 */
package org.custos.benchmarks;

/**
 * Test support shared by every module's integration tests, shipped in the domain test-jar: one embedded
 * PostgreSQL per test JVM ({@link org.custos.testsupport.TestPostgres}, started by
 * {@link org.custos.testsupport.PostgresSessionListener} when the build asks for it), the Arquillian
 * deployment of one context on Payara Micro ({@link org.custos.testsupport.ContextDeployment}), calls
 * as a given role ({@link org.custos.testsupport.Callers}), names no other test uses
 * ({@link org.custos.testsupport.Names}), what a facade's failure was ({@link org.custos.testsupport.Failures}) and
 * values as older versions of Custos encrypted them ({@link org.custos.testsupport.UnboundCiphertext}).
 * The fixtures of a context's own data live in that context's test-jar ({@code org.custos.protection.testsupport}).
 *
 * <p>Nothing here is in any production artifact.
 */
package org.custos.testsupport;

/**
 * Fixtures of the protection context that read like the domain, published in the protection test-jar for the
 * tests of every module that uses protection (recruitment, the system tests): people as HR registers them
 * ({@link org.custos.protection.testsupport.People}, S1-S3), a special-category record let through the approval
 * gate ({@link org.custos.protection.testsupport.Gate}, L4), rights requests as HR logs them and the DPM verifies
 * and compiles them ({@link org.custos.protection.testsupport.Requests}, D1, D3), breaches as the DPM logs them
 * ({@link org.custos.protection.testsupport.BreachForms}, X5), the seeded purposes
 * ({@link org.custos.protection.testsupport.SeededPurposes}, L1), the protection context's test deployment
 * ({@link org.custos.protection.testsupport.ProtectionDeployment}) and the SQL statements some work sends
 * ({@link org.custos.protection.testsupport.SqlStatements}, through EclipseLink's session events: paging in SQL).
 *
 * <p>Fixtures (SqlStatements aside) use the context's {@code api} packages only, and the domain test support
 * ({@code org.custos.testsupport}). A test deployment that calls them carries them:
 * {@link org.custos.protection.testsupport.ProtectionDeployment#fixtures()}. Nothing here is in any production
 * artifact.
 */
package org.custos.protection.testsupport;

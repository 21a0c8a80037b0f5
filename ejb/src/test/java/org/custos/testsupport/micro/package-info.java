/**
 * One Payara Micro per context module's integration tests, not one per test class: an Arquillian extension
 * ({@link org.custos.testsupport.micro.OneMicroPerDeployment}) puts {@link
 * org.custos.testsupport.micro.ReusingMicroContainer} in place of the Payara Micro adapter's container. It keeps
 * Micro running after a test class and gives the next class the running deployment when that class's archive is
 * the same, byte for byte ({@link org.custos.testsupport.micro.ArchiveIdentity}); a different archive stops it
 * and boots another. {@link org.custos.testsupport.ContextDeployment} makes the archives of a module the same: each
 * carries all of the module's test classes and the same configuration.
 *
 * <p>The build adds this source folder to every context module's tests ({@code ejb/pom.xml}); it is never deployed.
 */
package org.custos.testsupport.micro;

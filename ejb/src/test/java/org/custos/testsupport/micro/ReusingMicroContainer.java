package org.custos.testsupport.micro;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The Payara Micro adapter's container, which boots a Micro for each deployment and stops it at undeployment,
 * kept running from one test class to the next while their archives are the same. A test class's undeployment
 * leaves Micro running; the next deployment either is the same archive (it is answered with the running one) or
 * stops Micro and boots a new one. The last stops with the container, at the end of the test run.
 */
public final class ReusingMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(ReusingMicroContainer.class.getName());

    private final PayaraMicroDeployableContainer micro = new PayaraMicroDeployableContainer();
    private Archive<?> running;
    private String runningIdentity;
    private ProtocolMetaData runningMetaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return micro.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        micro.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return micro.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        micro.start();
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Payara Micro did not stop", e);
        }
        micro.stop();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String identity = ArchiveIdentity.of(archive);
        if (identity.equals(runningIdentity)) {
            LOG.info(() -> "Payara Micro already runs " + archive.getName() + " as this test class deploys it");
            return runningMetaData;
        }
        stopRunning();
        ProtocolMetaData metaData = micro.deploy(archive);
        running = archive;
        runningIdentity = identity;
        runningMetaData = metaData;
        return metaData;
    }

    /** Kept running for the next test class: {@link #deploy} or {@link #stop} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
        // the next deployment decides
    }

    private void stopRunning() throws DeploymentException {
        if (running == null) {
            return;
        }
        Archive<?> stopping = running;
        running = null;
        runningIdentity = null;
        runningMetaData = null;
        micro.undeploy(stopping);
    }
}

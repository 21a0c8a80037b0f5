package org.custos.testsupport.micro;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link ReusingMicroContainer} in place of the Payara Micro adapter's own container. */
public final class OneMicroPerDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                ReusingMicroContainer.class);
    }
}

package org.custos.relationships.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.custos.protection.spi.TransferRegister;

/**
 * Protection's port for the access response's transfers and safeguards (D3), answered from the processor register:
 * per purpose, the countries its processors and their sub-processors take the data to, and each safeguard.
 */
@ApplicationScoped
public class RegisteredTransfers implements TransferRegister {

    @Inject
    TransferViews views;

    @Override
    public Map<Long, List<String>> transfersByPurpose() {
        return views.byPurpose();
    }
}

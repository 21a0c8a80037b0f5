package org.custos.protection.rights.internal.response;

import java.util.List;

/**
 * The information an access response gives besides the copy (UK GDPR Art. 15, D3, N1). {@code transfers} and
 * {@code automatedDecisions} are null or blank when there are none.
 */
public record SupplementaryInformation(List<PurposeLine> purposes, List<String> dataCategories,
        List<String> recipients, List<String> sources, String transfers, List<String> retention,
        String automatedDecisions) {

    public SupplementaryInformation {
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        recipients = List.copyOf(recipients);
        sources = List.copyOf(sources);
        retention = List.copyOf(retention);
    }
}

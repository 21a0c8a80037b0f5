package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;

/**
 * L2: an application's talent-pool consent as the consent ledger holds it, and its withdrawal; {@code
 * noticeVersionId} is null for a consent recorded before notices had versions.
 */
public record TalentPoolConsentView(long consentId, long version, Long noticeVersionId, String wording,
        ConsentMethod method, LocalDate givenOn, String recordedBy, ConsentMethod withdrawalMethod,
        LocalDate withdrawnOn, String withdrawalRecordedBy) implements Serializable {

    public boolean inForce() {
        return withdrawnOn == null;
    }
}

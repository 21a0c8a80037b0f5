package org.custos.recruitment.api;

import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;

/** L2: a talent-pool consent as recorded, and its withdrawal. */
public record TalentPoolConsentView(String notice, ConsentMethod method, LocalDate givenOn, String recordedBy,
        LocalDate withdrawnOn, String withdrawalRecordedBy) {

    public boolean inForce() {
        return withdrawnOn == null;
    }
}

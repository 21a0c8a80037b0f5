package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.HrCaseSensitiveKind;
import org.custos.domain.shared.SpecialCategory;
import org.custos.security.api.DocumentUpload;
import org.junit.jupiter.api.Test;

class CaseSensitiveRulesTest {

    private static final DocumentUpload REPORT = new DocumentUpload("report.pdf", new byte[] {1});

    @Test
    void aCapabilityCaseHoldsHealthADisciplinaryOneCriminalRecordsAGrievanceNeither_L4_L6() {
        assertEquals(Optional.of(SpecialCategory.HEALTH), HrCaseKind.CAPABILITY.sensitiveCategory());
        assertEquals(Optional.of(SpecialCategory.CRIMINAL_RECORDS), HrCaseKind.DISCIPLINARY.sensitiveCategory());
        assertEquals(Optional.empty(), HrCaseKind.GRIEVANCE.sensitiveCategory());
    }

    @Test
    void aDetailOfAnotherCategoryThanTheCasesIsRefusedInWords_L4_L6() {
        assertEquals(Optional.of("A capability case holds health details only: an offence or a conviction belongs"
                + " to a disciplinary case."), CaseSensitiveRules.refusal(HrCaseKind.CAPABILITY,
                HrCaseSensitiveKind.ALLEGED_OFFENCE, null));
        assertEquals(Optional.of("A disciplinary case holds criminal-records details only: health details belong to"
                + " a capability case."), CaseSensitiveRules.refusal(HrCaseKind.DISCIPLINARY,
                HrCaseSensitiveKind.MEDICAL_CONDITION, null));
        assertEquals(Optional.of("A grievance case holds no health or criminal-records details."),
                CaseSensitiveRules.refusal(HrCaseKind.GRIEVANCE, HrCaseSensitiveKind.CONVICTION_DISCLOSED, null));
        assertEquals(Optional.empty(), CaseSensitiveRules.refusal(HrCaseKind.DISCIPLINARY,
                HrCaseSensitiveKind.CONVICTION_DISCLOSED, null));
        assertEquals(Optional.empty(), CaseSensitiveRules.refusal(HrCaseKind.CAPABILITY,
                HrCaseSensitiveKind.MEDICAL_CONDITION, null));
    }

    @Test
    void anOccupationalHealthReportComesWithItsDocument_L4() {
        assertEquals(Optional.of("Attach the occupational health report."), CaseSensitiveRules.refusal(
                HrCaseKind.CAPABILITY, HrCaseSensitiveKind.OCCUPATIONAL_HEALTH, null));
        assertEquals(Optional.empty(), CaseSensitiveRules.refusal(HrCaseKind.CAPABILITY,
                HrCaseSensitiveKind.OCCUPATIONAL_HEALTH, REPORT));
    }
}

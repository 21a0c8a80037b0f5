package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.custos.protection.spi.CorrectableField;
import org.custos.staff.api.ChangeReportForm;
import org.custos.staff.api.OwnRecordView.OwnDetail;
import org.junit.jupiter.api.Test;

class OwnDetailsTest {

    private static final CorrectableField TOWN = new CorrectableField("register", "DataSubject", "5",
            "The person's record in the register", "Town", "Leeds", false);
    private static final CorrectableField NUMBER = new CorrectableField("staff", "BankDetails", "9",
            "Bank details, staff file 9", "Account number", "12345678", false);
    private static final CorrectableField SORT_CODE = new CorrectableField("staff", "BankDetails", "9",
            "Bank details, staff file 9", "Sort code", "12-34-56", false);

    @Test
    void theDetailsAreTheCorrectableFieldsWithTheAccountNumberMasked_A1_X3() {
        assertEquals(List.of(new OwnDetail("register", "DataSubject", "5", "The person's record in the register",
                        "Town", "Leeds"),
                new OwnDetail("staff", "BankDetails", "9", "Bank details, staff file 9", "Account number", "••••5678"),
                new OwnDetail("staff", "BankDetails", "9", "Bank details, staff file 9", "Sort code", "12-34-56")),
                OwnDetails.shown(List.of(TOWN, NUMBER, SORT_CODE)));
    }

    @Test
    void aReportNamesOneOfThePersonsOwnFieldsInItsContext_A1() {
        List<CorrectableField> fields = List.of(TOWN, NUMBER);
        assertEquals(Optional.of(TOWN), OwnDetails.named(fields,
                new ChangeReportForm("register", "DataSubject", "5", "Town", "York")));
        assertEquals(Optional.empty(), OwnDetails.named(fields,
                new ChangeReportForm("register", "DataSubject", "6", "Town", "York")), "another person's record");
        assertEquals(Optional.empty(), OwnDetails.named(fields,
                new ChangeReportForm("recruitment", "DataSubject", "5", "Town", "York")), "another context");
    }
}

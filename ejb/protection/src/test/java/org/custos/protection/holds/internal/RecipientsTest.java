package org.custos.protection.holds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void aNoticeNamesTheOrganisationAsItIsNowAndWhoThereReceivedTheData_D5() {
        assertEquals("Acme Payroll Ltd", Recipients.told(Optional.of("Acme Payroll Ltd"), "Acme Payroll Ltd"));
        assertEquals("Acme Payroll Ltd (Payroll team)",
                Recipients.told(Optional.of("Acme Payroll Ltd"), "Payroll team"));
        assertEquals("Acme Payroll Group (Acme Payroll Ltd)",
                Recipients.told(Optional.of("Acme Payroll Group"), "Acme Payroll Ltd"), "renamed since");
        assertEquals("HM Revenue & Customs", Recipients.told(Optional.empty(), "HM Revenue & Customs"));
    }
}

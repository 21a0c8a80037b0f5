package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.protection.processing.api.Art30Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * The record of processing in a real browser (Art 30, issue 19): the DPM reads it, sees what an activity lacks, and
 * downloads the spreadsheet they send the ICO, which opens with the ICO template's columns in its order.
 */
@ResourceLock(SystemUnderTest.PURPOSES)
@ExtendWith(SystemUnderTest.class)
class RecordOfProcessingBrowserIT {

    private static final String PASSWORD = "copper-lantern-3141";

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.ropa." + run;

    @Test
    void theDpmDownloadsTheRecordOfProcessingInTheIcoLayout_Art30() throws Exception {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Dee Ropa", "Data Protection Manager"));
            browser.logIn(dpm, PASSWORD);
            browser.open("/processing/record.xhtml");
            browser.waitForText(By.id("record:activities"), "Recruitment");
            browser.waitForText(By.id("record:activities"), "Incomplete: the business function");
            browser.click(By.id("record:xlsx"));

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(browser.downloaded(".xlsx")))) {
                Sheet sheet = workbook.getSheetAt(0);
                Row headings = IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                        .filter(row -> row != null && row.getCell(0) != null
                                && row.getCell(0).getStringCellValue().equals("Business function"))
                        .findFirst().orElseThrow();
                assertEquals(List.of(Art30Column.values()).stream().map(Art30Column::heading).toList(),
                        IntStream.range(0, Art30Column.values().length)
                                .mapToObj(i -> headings.getCell(i).getStringCellValue()).toList());
                assertTrue(IntStream.rangeClosed(headings.getRowNum() + 1, sheet.getLastRowNum())
                        .mapToObj(i -> sheet.getRow(i).getCell(1).getStringCellValue())
                        .anyMatch(purpose -> purpose.startsWith("Complaint handling: ")));
            }
        }
    }
}

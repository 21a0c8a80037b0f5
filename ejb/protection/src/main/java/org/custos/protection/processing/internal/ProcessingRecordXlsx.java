package org.custos.protection.processing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custos.protection.processing.api.Art30Column;
import org.custos.protection.processing.api.ProcessingActivity;
import org.custos.protection.processing.api.RecordOfProcessing;

/**
 * The record of processing as a workbook in the layout of the ICO's documentation template for controllers: the
 * contact block of the controller and the DPM at the top, then the template's groups of columns, its headings in its
 * order, and a row per activity; one more column after the template's says what a row lacks. Text only, never a
 * formula: a cell that starts with a formula's sign is written as text.
 */
final class ProcessingRecordXlsx {

    static final String SHEET = "Record of processing";
    /** The row of the template's column headings (0-based); the activities follow it. */
    static final int HEADINGS_ROW = 7;
    static final String COMPLETENESS = "Complete?";
    private static final int COLUMN_WIDTH = 32 * 256;

    private ProcessingRecordXlsx() {
    }

    static byte[] render(RecordOfProcessing record) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = style(workbook, true);
            CellStyle text = style(workbook, false);
            text(sheet.createRow(0), 0, "Record of processing activities (UK GDPR Article 30), made on "
                    + record.madeAt(), bold);
            RecordOfProcessing.Controller controller = record.controller();
            row(sheet, 2, bold, "", "Name", "Address", "Email", "Telephone", "ICO registration number");
            row(sheet, 3, text, "Controller", controller.name(), controller.address(), "", "",
                    controller.icoRegistration());
            row(sheet, 4, text, "Data Protection Manager", controller.dpmName(), "", controller.dpmEmail(),
                    controller.dpmPhone(), "");
            groups(sheet, bold);
            Row headings = sheet.createRow(HEADINGS_ROW);
            Art30Column[] columns = Art30Column.values();
            for (Art30Column column : columns) {
                text(headings, column.ordinal(), column.heading(), bold);
                sheet.setColumnWidth(column.ordinal(), COLUMN_WIDTH);
            }
            text(headings, columns.length, COMPLETENESS, bold);
            sheet.setColumnWidth(columns.length, COLUMN_WIDTH);
            int at = HEADINGS_ROW + 1;
            for (ProcessingActivity activity : record.activities()) {
                Row row = sheet.createRow(at++);
                for (Art30Column column : columns) {
                    text(row, column.ordinal(), activity.cell(column), text);
                }
                text(row, columns.length, activity.complete() ? "Yes" : activity.incompleteness(), text);
            }
            sheet.createFreezePane(2, HEADINGS_ROW + 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's first header row: each group's heading over its columns. */
    private static void groups(Sheet sheet, CellStyle bold) {
        Row row = sheet.createRow(HEADINGS_ROW - 1);
        Art30Column[] columns = Art30Column.values();
        int first = 0;
        for (int i = 1; i <= columns.length; i++) {
            if (i == columns.length || columns[i].group() != columns[first].group()) {
                text(row, first, columns[first].group().heading(), bold);
                if (i - 1 > first) {
                    sheet.addMergedRegion(new CellRangeAddress(HEADINGS_ROW - 1, HEADINGS_ROW - 1, first, i - 1));
                }
                first = i;
            }
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        List.of(values).forEach(value -> text(row, row.getPhysicalNumberOfCells(), value, style));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(true);
        Font font = workbook.createFont();
        font.setBold(bold);
        style.setFont(font);
        return style;
    }
}

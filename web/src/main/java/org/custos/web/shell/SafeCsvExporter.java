package org.custos.web.shell;

import jakarta.faces.context.FacesContext;
import org.custos.domain.shared.CsvFile;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' CSV export of a table, each cell neutralised ({@link CsvFile}) before it is written. */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
            int index) {
        super.exportCellValue(context, table, column, ColumnValue.of(CsvFile.neutralised(value.toString())), index);
    }
}

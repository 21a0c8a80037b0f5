package org.custos.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' tables as the tables of data they are: PrimeFaces marks each table an interactive grid and each cell
 * a grid cell, a widget, so that axe-core counts every cell holding a link as a touch target overlapping that link
 * (WCAG 2.5.8), and a screen reader announces a grid to navigate cell by cell that no Custos table offers (none
 * selects rows or edits cells). Here the table and its cells keep their native roles.
 */
public class AccessibleDataTableRenderer extends DataTableRenderer {

    @Override
    protected void encodeRegularTable(FacesContext context, DataTable table) throws IOException {
        plainTable(context).around(context, () -> super.encodeRegularTable(context, table));
    }

    /** Also the cells a page, a sort or a filter sends by Ajax, which do not pass through the table's start. */
    @Override
    protected void encodeCell(FacesContext context, DataTable table, UIColumn column, boolean selectionEnabled,
            boolean rowSelected, int rowIndex) throws IOException {
        plainTable(context).around(context,
                () -> super.encodeCell(context, table, column, selectionEnabled, rowSelected, rowIndex));
    }

    private static AriaFixingWriter plainTable(FacesContext context) {
        return new AriaFixingWriter(context.getResponseWriter(),
                (element, attribute, value) -> "role".equals(attribute)
                        && ("table".equals(element) && "grid".equals(value)
                                || "td".equals(element) && "gridcell".equals(value)));
    }
}

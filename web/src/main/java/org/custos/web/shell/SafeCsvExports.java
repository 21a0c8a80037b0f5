package org.custos.web.shell;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * At start-up, makes {@link SafeCsvExporter} the exporter of every table's {@code type="csv"}, so that no page can
 * export a formula ({@code faces-config.xml} registers this listener).
 */
public class SafeCsvExports implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}

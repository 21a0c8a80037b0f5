package org.custos.web.shell;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Makes {@link SafeCsvExporter} the exporter of every table's {@code type="csv"}, so that no page can export a
 * formula. PrimeFaces keeps its exporters in a context it creates on the first request, not while the application
 * starts; so this registers when the first table is added to a view, which is before any table can be exported
 * ({@code faces-config.xml} registers this listener).
 */
public class SafeCsvExports implements SystemEventListener {

    private final AtomicBoolean registered = new AtomicBoolean();

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DataTable && !registered.get();
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (registered.compareAndSet(false, true)) {
            DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        }
    }
}

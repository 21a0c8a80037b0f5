package org.custos.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;

/**
 * A response writer that leaves out the ARIA attributes a PrimeFaces renderer writes where they do not belong
 * (WCAG 4.1.2), and may add one of its own to each element it starts. The renderers that need it
 * ({@code AccessibleMessagesRenderer}, {@code AccessibleDataTableRenderer}, {@code AccessibleFileUploadRenderer})
 * write through it for the part they correct and give the page's writer back afterwards.
 */
class AriaFixingWriter extends ResponseWriterWrapper {

    /** Which attribute of which element is left out. */
    @FunctionalInterface
    interface Dropped {
        boolean test(String element, String attribute, Object value);
    }

    /** A part of a renderer's output, written through the correcting writer. */
    @FunctionalInterface
    interface Encoding {
        void encode() throws IOException;
    }

    private final Dropped dropped;
    private String element = "";

    AriaFixingWriter(ResponseWriter page, Dropped dropped) {
        super(page);
        this.dropped = dropped;
    }

    /** Runs the encoding with the page's writer replaced by this one, and puts the page's writer back. */
    void around(FacesContext context, Encoding encoding) throws IOException {
        context.setResponseWriter(this);
        try {
            encoding.encode();
        } finally {
            context.setResponseWriter(getWrapped());
        }
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        element = name;
        super.startElement(name, component);
        started(name);
    }

    /** Called once an element is started, before its attributes: a subclass may write one of its own. */
    protected void started(String name) throws IOException {
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!dropped.test(element, name, value)) {
            super.writeAttribute(name, value, property);
        }
    }
}

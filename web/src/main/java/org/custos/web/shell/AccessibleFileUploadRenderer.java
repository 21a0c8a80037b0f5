package org.custos.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload with its native file input open to assistive technology: the skinned button is only a
 * picture of a button, the transparent input over it is what the keyboard reaches and what the field's label
 * names, yet PrimeFaces hides it with aria-hidden="true" (a focusable element hidden from screen readers, axe-core's
 * {@code aria-hidden-focus}).
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeInputField(FacesContext context, FileUpload upload, String inputId, String tabindex)
            throws IOException {
        new AriaFixingWriter(context.getResponseWriter(),
                (element, attribute, value) -> "input".equals(element) && "aria-hidden".equals(attribute))
                .around(context, () -> super.encodeInputField(context, upload, inputId, tabindex));
    }
}

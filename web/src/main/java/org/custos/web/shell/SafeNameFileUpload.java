package org.custos.web.shell;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;

/**
 * PrimeFaces' file upload without its check of the file's name (registered in faces-config.xml for every
 * {@code p:fileUpload}; issue 20, bad input). PrimeFaces refuses a name holding a folder ("../../etc/passwd"), a
 * control character, or any of {@code : * ? " < > |} or an escape such as {@code %20}, and says only "File Error":
 * a crafted name and a file a person saved from the web ("My%20CV.pdf") or named "Minutes: 3 March.pdf" alike, all
 * with the form's work lost to a message naming nothing. Custos never uses an uploaded name as a path: the bytes
 * are kept in the database, and the name is made safe to keep, show and download under where it is kept (the
 * domain's {@code DocumentName}: without folders, control and bidirectional characters, no device name), so such a
 * file is stored under that name (a name too long, or no file at all, is still refused by the facade in words).
 * Nothing in the web writes an upload to disk under its name ({@code UploadedFile.write} is never called).
 */
public class SafeNameFileUpload extends FileUpload {

    /** The name is not checked here: it is made safe where it is kept. */
    @Override
    public void validateFilename(FacesContext context, UploadedFile file) {
        // no refusal: see the class's description
    }
}

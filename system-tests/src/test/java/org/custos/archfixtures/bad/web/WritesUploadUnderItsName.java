package org.custos.archfixtures.bad.web;

import java.io.File;
import org.primefaces.model.file.UploadedFile;

/** A page keeping an upload in a folder under the name it came with: forbidden (the name may be a path). */
public class WritesUploadUnderItsName {

    public File keep(UploadedFile file) throws Exception {
        return file.write("/var/custos/uploads");
    }
}

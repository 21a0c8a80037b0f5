package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.config.Config;
import org.custos.security.api.SystemChecks.Result;

/**
 * Ready while the data directory's disk has the free space {@link FreeSpace} wants: the keys and the audit
 * checkpoint are written there (and, with the run script, the H2 database). The threshold is read at every call,
 * so a changed setting counts at once.
 */
@Dependent
class DataDirectorySpaceCheck {

    static final String NAME = "data-directory-space";
    static final String MIN_FREE_MB = "custos.health.min-free-mb";
    private static final String CHECKED = "the free space on the disk of the data directory";

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Config config;

    Result call() {
        long minimum = config.getOptionalValue(MIN_FREE_MB, Long.class).orElse(FreeSpace.DEFAULT_MIN_FREE_MB);
        try {
            FreeSpace space = new FreeSpace(Files.getFileStore(dataDirectory.path()).getUsableSpace(), minimum);
            return new Result(NAME, space.enough(), CHECKED, space.words());
        } catch (IOException | RuntimeException e) {
            return new Result(NAME, false, CHECKED, "the data directory cannot be read");
        }
    }
}

package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.custos.domain.crypto.Binding;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.KeyRing;
import org.custos.security.api.SystemChecks.Result;

/**
 * Ready while the data keys (X3) are installed and the current one encrypts and decrypts, and, when they come from
 * the key file, that file is still readable: without it the next start would refuse to go on.
 */
@Dependent
class DataKeysCheck {

    static final String NAME = "data-keys";
    private static final String CHECKED = "the keys that encrypt special-category and criminal-records data are "
            + "loaded, the current one encrypts and decrypts, and their key file (if they come from one) is readable";
    private static final Binding TRIAL = new Binding("health", "check", 0);

    @Inject
    DataKeyConfiguration keys;

    Result call() {
        KeyRing ring;
        try {
            ring = DataKeys.ring();
        } catch (IllegalStateException e) {
            return new Result(NAME, false, CHECKED, "no data keys are loaded");
        }
        if (!roundTrips(ring)) {
            return new Result(NAME, false, CHECKED, "the current key does not decrypt what it encrypted");
        }
        Optional<Path> file = keys.keyFile();
        if (file.isPresent() && !Files.isReadable(file.get())) {
            return new Result(NAME, false, CHECKED, "the key file has gone from the data directory: restore it "
                    + "from the backup before Custos restarts, or the start fails");
        }
        return new Result(NAME, true, CHECKED, "the keys are loaded and the current one works");
    }

    private static boolean roundTrips(KeyRing ring) {
        String trial = "health check";
        try {
            return trial.equals(ring.decrypt(ring.encrypt(trial, TRIAL), TRIAL));
        } catch (RuntimeException e) {
            return false;
        }
    }
}

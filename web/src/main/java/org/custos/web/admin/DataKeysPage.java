package org.custos.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.security.api.DataKeyRotation;
import org.custos.security.api.RotationProgress;
import org.custos.web.shell.FacadeCall;

/**
 * The administrator's data keys (X3): the current key, how many values are still to re-encrypt, adding a key,
 * and re-encrypting, a few batches per poll so the page shows the progress. Counts only, never personal data.
 */
@Named
@ViewScoped
public class DataKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BATCHES_PER_STEP = 5;

    @EJB
    DataKeyRotation rotation;

    private RotationProgress progress;
    private boolean running;
    private long due;
    private long reencrypted;

    @PostConstruct
    void load() {
        progress = FacadeCall.attempt(rotation::progress).orElse(null);
    }

    public void addKey() {
        FacadeCall.attempt(rotation::addKey).ifPresent(id -> {
            FacadeCall.info("Key " + id + " is now current: new values are encrypted with it. Re-encrypt to move "
                    + "the older values to it.");
            load();
        });
    }

    public void start() {
        due = progress.remaining();
        reencrypted = 0;
        running = true;
    }

    /** One poll: a few batches, each committed on its own, so leaving the page loses nothing. */
    public void step() {
        if (!running) {
            return;
        }
        FacadeCall.attempt(() -> rotation.rotate(BATCHES_PER_STEP)).ifPresentOrElse(step -> {
            progress = step;
            reencrypted += step.reencrypted();
            if (step.finished() || step.reencrypted() == 0) {
                running = false;
                FacadeCall.info(step.finished() ? "Every value is now under key " + step.currentKey() + "."
                        : step.remaining() + (step.remaining() == 1 ? " value" : " values")
                                + " changed while being re-encrypted: re-encrypt again.");
            }
        }, () -> running = false);
    }

    public int getPercent() {
        return due == 0 ? 100 : (int) Math.min(100, reencrypted * 100 / due);
    }

    public RotationProgress getProgress() {
        return progress;
    }

    public boolean isRunning() {
        return running;
    }

    public long getReencrypted() {
        return reencrypted;
    }
}

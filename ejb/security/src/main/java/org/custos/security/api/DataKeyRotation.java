package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Min;

/**
 * Rotation of the keys that encrypt sensitive data at rest (X3), for the administrator: add a new current key,
 * then re-encrypt what is not yet under it, batch by batch, each value bound to its table, column and row. Old keys
 * keep decrypting until the rotation has finished, and an interrupted rotation carries on where it stopped: the
 * administrator's next "re-encrypt", or the server by itself at its next start (one server at a time).
 * Values stored before ciphertexts were bound to their row are due too, under whichever key: re-encrypting binds
 * them.
 */
@Local
public interface DataKeyRotation {

    /**
     * Makes a new key current (keys from the key file only); returns its id.
     *
     * @throws RequestRefused when the keys come from configuration, or a key was added this very second
     */
    String addKey();

    /**
     * Re-encrypts at most {@code batches} batches, each in its own transaction.
     *
     * @throws RequestRefused when a value was altered outside Custos (the message names its table, column and row)
     */
    RotationProgress rotate(@Min(1) int batches);

    /** The current key and how many values are still to re-encrypt (nothing re-encrypted). */
    RotationProgress progress();
}

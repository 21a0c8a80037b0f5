package org.custos.protection.letters.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who the letters are from (see the package): the DPM reads and changes them. */
@Local
public interface OrganisationSettings {

    /** The largest logo taken, in bytes. */
    int LOGO_MAX_BYTES = 256 * 1024;

    OrganisationView organisation();

    /** @throws org.custos.security.api.ConcurrentChange when {@code version} is not the stored one */
    OrganisationView change(long version, @NotNull @Valid OrganisationForm details);

    /**
     * A new logo: a PNG or JPEG image of at most {@value #LOGO_MAX_BYTES} bytes and 2,000 pixels a side.
     *
     * @throws org.custos.security.api.RequestRefused when the file is not a PNG or JPEG image, or larger
     */
    OrganisationView changeLogo(long version, @NotNull(message = "Choose the logo's file.")
            @Size(min = 1, message = "The logo's file is empty: the file chosen has 0 bytes.")
            @Size(max = LOGO_MAX_BYTES, message = "The logo must be a file of at most 256 KB.") byte[] logo);

    OrganisationView removeLogo(long version);
}

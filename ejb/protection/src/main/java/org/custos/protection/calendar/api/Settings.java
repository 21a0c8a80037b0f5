package org.custos.protection.calendar.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.custos.security.api.RecordId;

/**
 * The periods and deadlines the product enforces, each the default of a setting (DOMAIN: "the period is the
 * default of a setting the DPM can change, never a constant in code"). The DPM and the administrator change them;
 * HR changes the accuracy reviews' intervals (A1) and no other.
 */
@Local
public interface Settings {

    List<SettingView> settings();

    /**
     * Sets a value; blank returns to the default.
     *
     * @throws org.custos.security.api.RequestRefused when the value is not one the setting takes
     */
    SettingView change(@RecordId @NotBlank String key,
            @Size(max = 500, message = "The value must have at most {max} characters.") String value);

    /**
     * As {@link #change(String, String)}, made to the value the user saw: what a page saves, so that no one's change
     * is lost.
     *
     * @param shown the setting's value as {@link #settings()} gave it when the user started
     * @throws org.custos.security.api.ConcurrentChange when someone else changed it in between; nothing is saved
     */
    SettingView changeFrom(@RecordId @NotBlank String key, String shown,
            @Size(max = 500, message = "The value must have at most {max} characters.") String value);

    /** A1: how often each record group is checked with the person it is about, for HR as for the DPM. */
    List<SettingView> reviewIntervals();

    /**
     * Sets a review interval (A1); blank returns to the default.
     *
     * @throws org.custos.security.api.RequestRefused for any other setting, or a value the setting does not take
     */
    SettingView changeReviewInterval(@RecordId @NotBlank String key,
            @Size(max = 500, message = "The value must have at most {max} characters.") String value);

    /**
     * As {@link #changeReviewInterval(String, String)}, made to the value the user saw (see
     * {@link #changeFrom(String, String, String)}).
     *
     * @throws org.custos.security.api.ConcurrentChange when someone else changed it in between; nothing is saved
     */
    SettingView changeReviewIntervalFrom(@RecordId @NotBlank String key, String shown,
            @Size(max = 500, message = "The value must have at most {max} characters.") String value);
}

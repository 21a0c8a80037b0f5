package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.web.settings.PeriodSettingsForm;

/** How often members of staff are asked to confirm each group of their details (A1): HR sets it. */
@Named
@ViewScoped
public class ReviewIntervalsPage extends PeriodSettingsForm {

    private static final long serialVersionUID = 1L;

    @EJB
    Settings settings;

    @Override
    protected List<SettingView> read() {
        return settings.reviewIntervals();
    }

    @Override
    protected SettingView change(String key, String shown, String value) {
        return settings.changeReviewIntervalFrom(key, shown, value);
    }
}

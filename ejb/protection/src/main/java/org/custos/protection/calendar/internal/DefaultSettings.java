package org.custos.protection.calendar.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.custos.domain.protection.Setting;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.NoticePeriodChanged;
import org.custos.protection.calendar.api.RetentionPeriodChanged;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.spi.HolderRegistry;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.ADMIN})
public class DefaultSettings implements Settings {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Inject
    HolderRegistry holders;

    /** A retention rule's period changed: the retention schedule makes its next version (R6). */
    @Inject
    Event<RetentionPeriodChanged> retentionChanges;

    /** The time to give a privacy notice changed: the notices owed move their due days (N2). */
    @Inject
    Event<NoticePeriodChanged> noticePeriodChanges;

    @Override
    @AuditExempt("reads no personal data: the periods the deadlines and retention rules use")
    public List<SettingView> settings() {
        return Stream.of(PeriodSetting.CALENDAR.stream(), holders.retentionRules().stream().map(PeriodSetting::of),
                holders.accuracyReviews().stream().map(PeriodSetting::of)).flatMap(settings -> settings)
                .map(this::view).toList();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "Setting")
    public SettingView change(String key, String value) {
        String before = stored(key);
        SettingView changed = store(setting(key), value);
        String after = stored(key);
        if (holders.retentionRule(key).isPresent() && !Objects.equals(before, after)) {
            retentionChanges.fire(new RetentionPeriodChanged(key, before, after, caller.getName(),
                    LocalDateTime.now(clock)));
        }
        if (PeriodSetting.INDIRECT_NOTICE.key().equals(key) && !Objects.equals(before, after)) {
            noticePeriodChanges.fire(new NoticePeriodChanged(before, after, caller.getName(),
                    LocalDateTime.now(clock)));
        }
        return changed;
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "Setting")
    public SettingView changeFrom(String key, String shown, String value) {
        SeenValue.check(view(setting(key)), shown);
        return change(key, value);
    }

    private PeriodSetting setting(String key) {
        return PeriodSetting.CALENDAR.stream().filter(known -> known.key().equals(key)).findFirst()
                .or(() -> holders.retentionRule(key).map(PeriodSetting::of))
                .or(() -> holders.accuracyReview(key).map(PeriodSetting::of))
                .orElseThrow(() -> new RequestRefused("There is no setting " + key + "."));
    }

    /** The value stored for the setting, null when it has its default. */
    private String stored(String key) {
        Setting stored = em.find(Setting.class, key);
        return stored == null ? null : stored.value();
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.ADMIN})
    @AuditExempt("reads no personal data: how often each record group is checked")
    public List<SettingView> reviewIntervals() {
        return holders.accuracyReviews().stream().map(PeriodSetting::of).map(this::view).toList();
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.ADMIN})
    @Audited(value = AuditAction.UPDATE, record = "Setting")
    public SettingView changeReviewInterval(String key, String value) {
        return store(reviewInterval(key), value);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.ADMIN})
    @Audited(value = AuditAction.UPDATE, record = "Setting")
    public SettingView changeReviewIntervalFrom(String key, String shown, String value) {
        PeriodSetting setting = reviewInterval(key);
        SeenValue.check(view(setting), shown);
        return store(setting, value);
    }

    private PeriodSetting reviewInterval(String key) {
        return holders.accuracyReview(key).map(PeriodSetting::of)
                .orElseThrow(() -> new RequestRefused("There is no review interval " + key + "."));
    }

    private SettingView store(PeriodSetting setting, String value) {
        Setting stored = em.find(Setting.class, setting.key());
        if (value == null || value.isBlank()) {
            if (stored != null) {
                em.remove(stored);
            }
        } else if (!setting.accepts(value)) {
            throw new RequestRefused(setting.label() + ": enter " + (setting.fallback() instanceof Integer
                    ? "a whole number of people, 2 or more" : setting.fallback() instanceof Duration
                    ? "a time in hours, such as 72 hours" : "a period such as 1 month, 3 months or 10 days")
                    + (setting.mayBeOff() ? ", or off to send no such reminders." : "."));
        } else {
            if (stored == null) {
                stored = new Setting(setting.key());
                em.persist(stored);
            }
            stored.change(setting.normalised(value), LocalDateTime.now(clock), caller.getName());
        }
        em.flush();
        return view(setting);
    }

    private SettingView view(PeriodSetting setting) {
        Setting stored = em.find(Setting.class, setting.key());
        return new SettingView(setting.key(), setting.label(), setting.rule(),
                stored == null ? setting.fallback().toString() : stored.value(), setting.fallback().toString());
    }
}

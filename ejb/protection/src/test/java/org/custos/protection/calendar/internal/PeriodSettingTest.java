package org.custos.protection.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.custos.protection.calendar.api.ReminderLeadTimes;
import org.junit.jupiter.api.Test;

/** The email reminders' lead times are settings like the calendar's periods, and only they may be turned off. */
class PeriodSettingTest {

    @Test
    void eachReminderKindIsASettingWithItsDefaultAndOffTurnsItOff() {
        assertEquals(ReminderLeadTimes.defaults().requestsDue(), PeriodSetting.REMIND_REQUESTS_DUE.parse(null));
        assertEquals(Duration.ofHours(24), PeriodSetting.REMIND_BREACH_REPORTS.parse(null));
        assertTrue(PeriodSetting.CALENDAR.containsAll(List.of(PeriodSetting.REMIND_REQUESTS_DUE,
                PeriodSetting.REMIND_BREACH_REPORTS, PeriodSetting.REMIND_APPROVALS_ENDING,
                PeriodSetting.REMIND_EXTENSION_NOTICES)), "on the settings page");

        assertTrue(PeriodSetting.REMIND_APPROVALS_ENDING.accepts("off"));
        assertEquals(Period.ZERO, PeriodSetting.REMIND_APPROVALS_ENDING.parse("OFF"));
        assertEquals(Duration.ZERO, PeriodSetting.REMIND_BREACH_REPORTS.parse(" off "));
        assertEquals("OFF", PeriodSetting.REMIND_BREACH_REPORTS.normalised("PT0H"));
        assertEquals("P3D", PeriodSetting.REMIND_REQUESTS_DUE.normalised("p3d"));
        assertFalse(PeriodSetting.REMIND_REQUESTS_DUE.accepts("-P3D"));
        assertFalse(PeriodSetting.REMIND_REQUESTS_DUE.accepts("soon"));
    }

    @Test
    void aDeadlinePeriodCannotBeTurnedOff_D2() {
        assertFalse(PeriodSetting.REQUEST_RESPONSE.accepts("OFF"));
        assertFalse(PeriodSetting.REQUEST_RESPONSE.accepts("P0D"));
        assertEquals("P1M", PeriodSetting.REQUEST_RESPONSE.normalised("p1m"));
    }

    @Test
    void theAnonymityGroupIsANumberSettingOfTwoOrMorePeopleFiveByDefault_R7() {
        assertTrue(PeriodSetting.CALENDAR.contains(PeriodSetting.ANONYMITY_GROUP_SIZE), "on the settings page");
        assertEquals(5, PeriodSetting.ANONYMITY_GROUP_SIZE.parse(null));
        assertEquals(8, PeriodSetting.ANONYMITY_GROUP_SIZE.parse(" 8 "));
        assertEquals("8", PeriodSetting.ANONYMITY_GROUP_SIZE.normalised("8"));
        assertTrue(PeriodSetting.ANONYMITY_GROUP_SIZE.accepts("2"));
        assertFalse(PeriodSetting.ANONYMITY_GROUP_SIZE.accepts("1"), "a group of one singles its person out");
        assertFalse(PeriodSetting.ANONYMITY_GROUP_SIZE.accepts("P1M"));
        assertFalse(PeriodSetting.ANONYMITY_GROUP_SIZE.accepts("five"));
    }
}

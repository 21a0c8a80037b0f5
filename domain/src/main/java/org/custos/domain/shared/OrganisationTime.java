package org.custos.domain.shared;

import java.time.ZoneId;

/** The organisation's local time (England and Wales): every date and time Custos stores and shows is in it. */
public final class OrganisationTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private OrganisationTime() {
    }
}

package org.custos.protection.rights.internal.response;

import java.util.Locale;

/** A record's type as a person reads it: "FinalOffer" is "Final offer". */
public final class RecordTypes {

    private RecordTypes() {
    }

    public static String words(String type) {
        String spaced = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return spaced.isEmpty() ? spaced : spaced.charAt(0) + spaced.substring(1).toLowerCase(Locale.UK);
    }
}

package org.custos.protection.processing.api;

import java.io.Serializable;
import java.util.List;

/**
 * The record of processing activities (UK GDPR Art 30) as it stands when it was made: the controller's and the DPM's
 * contact details, and a row per processing activity. It changes as soon as the data does, so it carries the day and
 * time it was made.
 */
public record RecordOfProcessing(String madeAt, Controller controller, List<ProcessingActivity> activities)
        implements Serializable {

    public RecordOfProcessing {
        activities = List.copyOf(activities);
    }

    /** The contact block at the top of the template; an empty text where the organisation's settings say nothing. */
    public record Controller(String name, String address, String icoRegistration, String dpmName, String dpmEmail,
            String dpmPhone) implements Serializable {

        public Controller {
            name = orEmpty(name);
            address = orEmpty(address);
            icoRegistration = orEmpty(icoRegistration);
            dpmName = orEmpty(dpmName);
            dpmEmail = orEmpty(dpmEmail);
            dpmPhone = orEmpty(dpmPhone);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    /** How many activities lack a column they must have. */
    public long incomplete() {
        return activities.stream().filter(activity -> !activity.complete()).count();
    }
}

package org.custos.recruitment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.custos.recruitment.api.ApplicantHired;

/** Test-only: what the staff context will observe, kept for the test to look at. */
@ApplicationScoped
public class HiredApplicants {

    private final List<ApplicantHired> events = new CopyOnWriteArrayList<>();

    void on(@Observes ApplicantHired event) {
        events.add(event);
    }

    public List<ApplicantHired> events() {
        return List.copyOf(events);
    }
}

package org.custos.recruitment.api;

/** Where a campaign stands on a given day, from its dates. */
public enum CampaignStage {
    UPCOMING("Upcoming"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CampaignStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

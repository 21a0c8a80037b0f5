package org.custos.archfixtures.bad.reports;

import org.custos.archfixtures.bad.complaints.api.Complaints;

/**
 * Violates "complaint data serves complaint handling only" (L6): code outside the complaints module and the web
 * reads complaints, through their api, from a package no module owns (so that no other rule fires).
 */
public class ComplaintFigures {

    private final Complaints complaints;

    public ComplaintFigures(Complaints complaints) {
        this.complaints = complaints;
    }

    public String reuse(String text) {
        return complaints.log(text);
    }
}

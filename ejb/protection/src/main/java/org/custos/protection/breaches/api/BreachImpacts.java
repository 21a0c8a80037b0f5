package org.custos.protection.breaches.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The data map a breach is assessed from (X5), the DPM only: the processors and systems the breach touched, and for
 * each the categories of people and data held there and the number of people, counted in SQL; with the figures
 * proposed for the breach form, which the DPM may still change before saving it. Nothing is saved here.
 *
 * @see org.custos.security.api.RequestRefused when a processor or system chosen is not known
 */
@Local
public interface BreachImpacts {

    /** The processors of the processor register and the systems of Custos, to pick from. */
    ImpactChoices choices();

    /** What the chosen processors and systems hold, and the figures proposed for the breach. */
    BreachImpact impact(@NotNull @Valid ImpactQuery query);
}

package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.relationships.api.Transfers;
import org.custos.relationships.api.UnsafeguardedTransfer;

/**
 * On the DPM's home page: the transfers outside the UK without a valid safeguard, by organisation and country, each
 * linking to the organisation, in a table paged in SQL with their total; nothing at all while there are none.
 */
@Named
@ViewScoped
public class UnsafeguardedTransfersSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Transfers transfers;

    @Inject
    CurrentUser user;

    private final LazyPages<UnsafeguardedTransfer> unsafeguarded = new LazyPages<>(
            (first, pageSize, sort) -> transfers.unsafeguarded(first, pageSize),
            row -> row.organisationId() + " " + row.country());
    private Long count;

    /** How many there are, counted once per view; none for anyone but the DPM. */
    public long getCount() {
        if (count == null) {
            count = user.isDpm() ? transfers.unsafeguarded(0, 1).total() : 0L;
        }
        return count;
    }

    public LazyPages<UnsafeguardedTransfer> getUnsafeguarded() {
        return unsafeguarded;
    }
}

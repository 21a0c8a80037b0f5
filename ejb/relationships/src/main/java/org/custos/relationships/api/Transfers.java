package org.custos.relationships.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.Page;
import org.custos.security.api.RecordId;

/**
 * International transfers, HR and the DPM: per organisation and country outside the UK, the mechanism that
 * safeguards our data going there (UK options first) and its transfer risk assessment; the countries come from the
 * processor register (the processor's and its sub-processors') or are recorded for the organisation itself (a
 * recipient abroad). Only the DPM keeps the UK's adequacy list.
 */
@Local
public interface Transfers {

    /** Every country the organisation takes our data to, by name, with its safeguard or none. */
    List<TransferView> transfers(@RecordId long organisationId);

    /**
     * Records how the data going to the organisation in a country is safeguarded.
     *
     * @throws org.custos.security.api.RequestRefused when the mechanism does not hold there (see {@code
     *         TransferRules}) or something is already recorded for that country
     */
    List<TransferView> record(@RecordId long organisationId, @NotNull @Valid TransferForm form);

    /**
     * Changes a transfer's safeguard; its country stays.
     *
     * @throws org.custos.security.api.ConcurrentChange when it changed since {@code version} was read
     */
    List<TransferView> change(@RecordId long organisationId, long transferId, long version,
            @NotNull @Valid TransferForm form);

    /** Removes what was recorded for a country: a country the processor register names is unsafeguarded again. */
    List<TransferView> remove(@RecordId long organisationId, long transferId, long version);

    /** The transfers without a valid safeguard, by organisation and country, a page read in SQL. */
    Page<UnsafeguardedTransfer> unsafeguarded(@Min(0) int first, @Min(1) @Max(200) int pageSize);

    /** The UK's adequacy list, by country name. */
    List<AdequateCountryView> adequacyList();

    /**
     * The DPM adds a country to the adequacy list.
     *
     * @throws org.custos.security.api.RequestRefused when it is not a country, is the UK or is on the list
     */
    List<AdequateCountryView> addAdequate(@NotNull @Valid AdequacyForm form);

    /** The DPM changes the conditions a country on the list holds under. */
    List<AdequateCountryView> changeAdequate(long version, @NotNull @Valid AdequacyForm form);

    /** The DPM takes a country off the list: transfers safeguarded by adequacy alone are flagged again. */
    List<AdequateCountryView> removeAdequate(@NotNull String country, long version);

    /**
     * The countries and safeguards of the processors serving each purpose, by purpose id: lines such as
     * "India, through Acme Ltd: International Data Transfer Agreement (IDTA)".
     */
    Map<Long, List<String>> byPurpose();
}

package org.custos.protection.letters.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.security.api.AuditedRecord;

/**
 * The organisation's settings as letters use them, with its logo ({@code logoType} {@code image/png} or
 * {@code image/jpeg}; both null when there is none) and who changed them last, when.
 */
public record OrganisationView(long version, OrganisationForm details, byte[] logo, String logoType,
        LocalDateTime updatedAt, String updatedBy) implements Serializable, AuditedRecord {

    public OrganisationView {
        logo = logo == null ? null : logo.clone();
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /**
     * The values of the placeholders every letter takes from the organisation ({@code organisation.name},
     * {@code dpm.email}...), blank ones left out.
     */
    public Map<String, String> letterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "organisation.name", details.controllerName());
        put(values, "organisation.address", details.address());
        put(values, "organisation.icoNumber", details.icoNumber());
        put(values, "dpm.name", details.dpmName());
        put(values, "dpm.email", details.dpmEmail());
        put(values, "dpm.phone", details.dpmPhone());
        put(values, "signatory.name", details.signatoryName());
        put(values, "signatory.role", details.signatoryRole());
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }

    public boolean hasLogo() {
        return logo != null;
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return "1";
    }
}

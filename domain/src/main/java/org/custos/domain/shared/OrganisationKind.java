package org.custos.domain.shared;

/**
 * What an organisation is to us (K1): one can be several. A contact there is the kind's contact, in the register's
 * category of that kind (S2: client and customer contacts share one).
 */
public enum OrganisationKind {
    CLIENT("Client", "Client contact", SubjectCategory.CLIENT_CONTACT),
    CUSTOMER("Customer", "Customer contact", SubjectCategory.CLIENT_CONTACT),
    SUPPLIER("Supplier", "Supplier contact", SubjectCategory.SUPPLIER_CONTACT);

    private final String label;
    private final String contactLabel;
    private final SubjectCategory contactCategory;

    OrganisationKind(String label, String contactLabel, SubjectCategory contactCategory) {
        this.label = label;
        this.contactLabel = contactLabel;
        this.contactCategory = contactCategory;
    }

    public String label() {
        return label;
    }

    /** A contact of this kind, in words: "Supplier contact". */
    public String contactLabel() {
        return contactLabel;
    }

    /** The register's category a contact of this kind gains (S2). */
    public SubjectCategory contactCategory() {
        return contactCategory;
    }
}

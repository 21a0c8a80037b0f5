package org.custos.domain.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; every part is optional. */
@Embeddable
public class PostalAddress {

    @Column(name = "address_line1")
    private String line1;
    @Column(name = "address_line2")
    private String line2;
    @Column(name = "address_town")
    private String town;
    @Column(name = "address_postcode")
    private String postcode;
    @Column(name = "address_country")
    private String country;

    protected PostalAddress() {
    }

    public PostalAddress(String line1, String line2, String town, String postcode, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
        this.postcode = postcode;
        this.country = country;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public String country() {
        return country;
    }
}

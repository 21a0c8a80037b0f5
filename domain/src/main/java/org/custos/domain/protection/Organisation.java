package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * Who the organisation's letters are from (one row, {@link #ID}): the controller's name, postal address and ICO
 * registration number, its logo (PNG or JPEG), the Data Protection Manager's name and contact, and the signatory.
 */
@Entity
@Table(name = "prot_organisation")
public class Organisation {

    public static final long ID = 1;

    @Id
    private long id;

    @Version
    private long version;

    @Column(name = "controller_name")
    private String controllerName;

    private String address;

    @Column(name = "ico_number")
    private String icoNumber;

    @Column(name = "dpm_name")
    private String dpmName;

    @Column(name = "dpm_email")
    private String dpmEmail;

    @Column(name = "dpm_phone")
    private String dpmPhone;

    @Column(name = "signatory_name")
    private String signatoryName;

    @Column(name = "signatory_role")
    private String signatoryRole;

    private byte[] logo;

    @Column(name = "logo_type")
    private String logoType;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Organisation() {
    }

    /** The details as given (blank is none); the logo stays. */
    public void change(String controllerName, String address, String icoNumber, String dpmName, String dpmEmail,
            String dpmPhone, String signatoryName, String signatoryRole, LocalDateTime at, String by) {
        this.controllerName = controllerName;
        this.address = address;
        this.icoNumber = icoNumber;
        this.dpmName = dpmName;
        this.dpmEmail = dpmEmail;
        this.dpmPhone = dpmPhone;
        this.signatoryName = signatoryName;
        this.signatoryRole = signatoryRole;
        updated(at, by);
    }

    /** A new logo of media type {@code type}, or none (both null). */
    public void logo(byte[] logo, String type, LocalDateTime at, String by) {
        this.logo = logo == null ? null : logo.clone();
        this.logoType = type;
        updated(at, by);
    }

    private void updated(LocalDateTime at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public long version() {
        return version;
    }

    public String controllerName() {
        return controllerName;
    }

    public String address() {
        return address;
    }

    public String icoNumber() {
        return icoNumber;
    }

    public String dpmName() {
        return dpmName;
    }

    public String dpmEmail() {
        return dpmEmail;
    }

    public String dpmPhone() {
        return dpmPhone;
    }

    public String signatoryName() {
        return signatoryName;
    }

    public String signatoryRole() {
        return signatoryRole;
    }

    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public String logoType() {
        return logoType;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}

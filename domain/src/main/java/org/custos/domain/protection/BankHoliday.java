package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A bank holiday the DPM added to the shipped ones (D2, N2): a one-off day, or one of a later year. */
@Entity
@Table(name = "prot_bank_holiday")
public class BankHoliday {

    @Id
    @Column(name = "holiday_on")
    private LocalDate day;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected BankHoliday() {
    }

    public BankHoliday(LocalDate day, String name, String addedBy, LocalDateTime addedAt) {
        this.day = day;
        this.name = name;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }

    public String addedBy() {
        return addedBy;
    }

    public LocalDateTime addedAt() {
        return addedAt;
    }
}

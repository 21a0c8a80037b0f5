package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A DPM's change to one setting's default (periods, deadlines). Absent row: the default applies. */
@Entity
@Table(name = "prot_setting")
public class Setting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Version
    private long version;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Setting() {
    }

    public Setting(String key) {
        this.key = key;
    }

    public void change(String value, LocalDateTime now, String by) {
        this.value = value;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}

package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A person's staff file (T1): opened at hire (R2) or by HR directly; what it holds hangs on it by its id. The
 * application the person was hired through, when there was one, is part of it.
 */
@Entity
@Table(name = "stf_staff_file")
@SequenceGenerator(name = "stf_seq", sequenceName = "stf_seq", allocationSize = 50)
public class StaffFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "hired_application_id")
    private Long hiredApplicationId;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    protected StaffFile() {
    }

    public StaffFile(long subjectId, Long hiredApplicationId, String openedBy, LocalDateTime openedAt) {
        this.subjectId = subjectId;
        this.hiredApplicationId = hiredApplicationId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long subjectId() {
        return subjectId;
    }

    public Long hiredApplicationId() {
        return hiredApplicationId;
    }

    public String openedBy() {
        return openedBy;
    }

    public LocalDateTime openedAt() {
        return openedAt;
    }
}

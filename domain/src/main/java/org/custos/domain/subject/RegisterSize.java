package org.custos.domain.subject;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row holding how many people the register holds, changed in the transaction that registers or erases
 * a person (never cached: the row is the truth), so that an unfiltered search need not count the whole table.
 */
@Entity
@Table(name = "core_register_size")
@Cacheable(false)
public class RegisterSize {

    public static final int ID = 1;

    @Id
    private int id;

    @Version
    private long version;

    private long people;

    protected RegisterSize() {
    }

    public long people() {
        return people;
    }
}

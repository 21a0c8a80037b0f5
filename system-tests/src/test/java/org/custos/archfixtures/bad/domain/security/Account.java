package org.custos.archfixtures.bad.domain.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Fixture: a well-formed entity (in the domain, versioned). */
@Entity
public class Account {

    @Id
    private Long id;

    @Version
    private long version;

    private String username;

    public String username() {
        return username;
    }
}

package org.custos.archfixtures.bad.protection.purposes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Violates "entities live in the domain" (DESIGN §4) (it is versioned, so nothing else). */
@Entity
public class EntityOutsideDomain {

    @Id
    private Long id;

    @Version
    private long version;
}

package org.custos.archfixtures.bad.domain.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Violates "every entity has a @Version field" (DESIGN §4), and nothing else. */
@Entity
public class EntityWithoutVersion {

    @Id
    private Long id;
}

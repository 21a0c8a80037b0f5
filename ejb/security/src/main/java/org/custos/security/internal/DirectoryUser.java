package org.custos.security.internal;

import java.util.Optional;
import java.util.Set;

/** A directory user whose password the directory accepted: their name and address there, and their groups. */
record DirectoryUser(String distinguishedName, String displayName, Optional<String> email, Set<String> groups) {

    DirectoryUser {
        groups = Set.copyOf(groups);
    }
}

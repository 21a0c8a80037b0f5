package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.Role;

/** Text helpers for pages ({@code #{texts.joined(list)}}); EL has no reliable call to {@code String.join}. */
@Named
@ApplicationScoped
public class Texts {

    /** The items, comma separated, or empty text for none. */
    public String joined(Collection<?> items) {
        return items == null ? "" : items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A number of things in words: "1 day", "3 days" (for nouns whose plural adds an s). */
    public String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /** The roles in words, comma separated: "Data Protection Manager, HR staff". */
    public String roles(Collection<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    /** What an intake token allows, in words, comma separated: "Rights requests and complaints, ...". */
    public String scopes(Collection<ClientScope> scopes) {
        return scopes == null ? "" : scopes.stream().sorted().map(ClientScope::label)
                .collect(Collectors.joining(", "));
    }
}

package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;

/** Text helpers for pages ({@code #{texts.joined(list)}}); EL has no reliable call to {@code String.join}. */
@Named
@ApplicationScoped
public class Texts {

    /** The items, comma separated, or empty text for none. */
    public String joined(Collection<?> items) {
        return items == null ? "" : items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.custos.domain.shared.DataContext;

/** The label people read for a context's stored name ({@code recruitment}), from the one registry of contexts. */
@Named
@ApplicationScoped
public class ContextLabels {

    public String of(String key) {
        return key == null ? "" : DataContext.labelOf(key);
    }
}

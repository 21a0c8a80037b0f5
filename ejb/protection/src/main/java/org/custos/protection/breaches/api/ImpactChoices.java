package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.util.List;

/** What a breach's data map may be worked out from: the processors by id and the systems by their context's key. */
public record ImpactChoices(List<Choice> processors, List<Choice> systems) implements Serializable {

    public ImpactChoices {
        processors = List.copyOf(processors);
        systems = List.copyOf(systems);
    }

    /** One processor or system: the key it is chosen by and its name. */
    public record Choice(String key, String label) implements Serializable {
    }
}

package org.custos.architecture;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.DataContext;

/**
 * A module that holds the code of contexts, read from the one registry of contexts ({@link DataContext}): its name
 * (the Maven module and the package segment under the root, {@code protection} for the register), whether it is
 * built (when one of its contexts is), and the other modules it may use (those of the contexts its contexts use).
 */
record ContextModule(String name, boolean built, List<String> uses) {

    /** Every module the registry names, in its order (a module after the modules it uses). */
    static List<ContextModule> all() {
        Map<String, List<DataContext>> byModule = Arrays.stream(DataContext.values())
                .collect(groupingBy(DataContext::module, LinkedHashMap::new, toList()));
        return byModule.entrySet().stream().map(module -> of(module.getKey(), module.getValue())).toList();
    }

    private static ContextModule of(String name, List<DataContext> contexts) {
        List<String> uses = contexts.stream().flatMap(context -> context.uses().stream()).map(DataContext::module)
                .filter(used -> !used.equals(name)).distinct().toList();
        return new ContextModule(name, contexts.stream().anyMatch(DataContext::built), uses);
    }

    /** Its base package under {@code root}: {@code org.custos.protection}. */
    String packageIn(String root) {
        return root + "." + name;
    }
}

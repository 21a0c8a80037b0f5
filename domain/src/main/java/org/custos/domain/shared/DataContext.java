package org.custos.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one registry of Custos's contexts (DESIGN §2-3): the name each is known by in records, exports and holds, the
 * label people read, the module (and base package {@code org.custos.<module>}) that holds its code, and the other
 * contexts it may use. The architecture rules, the personal-data holders and the pages all take the contexts from
 * here; a new context is one line, flipped from {@code planned} to built when its module lands. Declare a context
 * after the contexts it uses.
 */
public enum DataContext {
    SECURITY("Special-category and criminal-records data", "security", true),
    REGISTER("People register", "protection", true, SECURITY),
    RECRUITMENT("Recruitment", "recruitment", true, REGISTER, SECURITY),
    STAFF("Staff", "staff", true, REGISTER, SECURITY, RECRUITMENT),
    RELATIONSHIPS("Clients and suppliers", "relationships", true, REGISTER, SECURITY),
    COMPLAINTS("Complaints", "complaints", true, REGISTER, SECURITY);

    private final String label;
    private final String module;
    private final boolean built;
    private final List<DataContext> uses;

    DataContext(String label, String module, boolean built, DataContext... uses) {
        this.label = label;
        this.module = module;
        this.built = built;
        this.uses = List.of(uses);
    }

    /** The name records, exports and legal holds store: {@code recruitment}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The Maven module and package segment of its code: {@code org.custos.protection} for the register. */
    public String module() {
        return module;
    }

    /** Whether its module exists yet; a planned context is declared so that categories and rules can name it. */
    public boolean built() {
        return built;
    }

    /** The contexts whose api this one may use. */
    public List<DataContext> uses() {
        return uses;
    }

    public static Optional<DataContext> byKey(String key) {
        return Arrays.stream(values()).filter(context -> context.key().equals(key)).findFirst();
    }

    /** The label of the context stored as {@code key}, or the key itself for one no longer known. */
    public static String labelOf(String key) {
        return byKey(key).map(DataContext::label).orElse(key);
    }
}

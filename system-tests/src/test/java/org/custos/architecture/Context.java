package org.custos.architecture;

import java.util.List;
import java.util.Locale;

/**
 * The bounded contexts (DESIGN §2) and which other contexts each may use: the one place the architecture rules
 * take them from. A new context is one line here; flip it from {@code PLANNED} to {@code BUILT} when its module
 * exists ({@code ArchitectureTest.plannedContextsDoNotExistYet_DESIGN2} says when). Every context may use the
 * domain; nothing may use the web. Using a declared context means using its {@code api} package only (so
 * {@code staff} reaches {@code recruitment} through its api or its events, never its internals).
 * Declare a context after the contexts it uses.
 */
enum Context {
    SECURITY(Status.BUILT),
    PROTECTION(Status.BUILT, SECURITY),
    RECRUITMENT(Status.BUILT, PROTECTION, SECURITY),
    STAFF(Status.PLANNED, PROTECTION, SECURITY, RECRUITMENT),
    RELATIONSHIPS(Status.PLANNED, PROTECTION, SECURITY),
    COMPLAINTS(Status.PLANNED, PROTECTION, SECURITY);

    enum Status { BUILT, PLANNED }

    private final Status status;
    private final List<Context> uses;

    Context(Status status, Context... uses) {
        this.status = status;
        this.uses = List.of(uses);
    }

    boolean built() {
        return status == Status.BUILT;
    }

    /** The other contexts this one may use (through their api). */
    List<Context> uses() {
        return uses;
    }

    /** The context's layer name in the rules, and its package segment: {@code protection}. */
    String simpleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The context's base package under {@code root}: {@code org.custos.protection}. */
    String packageIn(String root) {
        return root + "." + simpleName();
    }

    /** The context's public package under {@code root}: {@code org.custos.protection.api}. */
    String apiPackageIn(String root) {
        return packageIn(root) + ".api";
    }

    /** The context's private package under {@code root}: {@code org.custos.protection.internal}. */
    String internalPackageIn(String root) {
        return packageIn(root) + ".internal";
    }
}

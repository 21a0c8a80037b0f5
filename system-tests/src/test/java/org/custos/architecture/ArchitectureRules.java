package org.custos.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The architecture rules of DESIGN §2-4, for the classes under one root package: {@code org.custos} for the
 * real code, {@code org.custos.archfixtures.bad} for the fixtures that prove each rule bites. The layout under
 * the root is the same in both: {@code domain} (entities, {@code domain.shared} value types), one package per
 * {@link Context} with {@code api} and {@code internal}, and {@code web}.
 */
final class ArchitectureRules {

    private static final String DOMAIN = "domain";
    private static final String WEB = "web";

    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    static ArchitectureRules under(String root) {
        return new ArchitectureRules(root);
    }

    String root() {
        return root;
    }

    /**
     * The packages the rules name, each of which must hold classes for the rules to prove anything
     * (DESIGN §11, lessons): the domain, its shared value types, the api and internals of every built context,
     * the web.
     */
    List<String> packagesTheRulesName() {
        List<String> packages = new ArrayList<>(List.of(root + "." + DOMAIN, root + "." + DOMAIN + ".shared"));
        for (Context context : Context.values()) {
            if (context.built()) {
                packages.add(context.apiPackageIn(root));
                packages.add(context.internalPackageIn(root));
            }
        }
        packages.add(root + "." + WEB);
        return packages;
    }

    /** The names of {@link #packagesTheRulesName()} without a class (directly or in a subpackage). */
    List<String> packagesWithoutClasses(JavaClasses classes) {
        return packagesTheRulesName().stream()
                .filter(name -> classes.stream().noneMatch(inPackageTree(name)::test))
                .toList();
    }

    /** The contexts still planned that have classes all the same (they must be declared built). */
    List<Context> plannedContextsWithClasses(JavaClasses classes) {
        return Arrays.stream(Context.values())
                .filter(context -> !context.built())
                .filter(context -> classes.stream().anyMatch(inPackageTree(context.packageIn(root))::test))
                .toList();
    }

    // ---- 1. modules ---------------------------------------------------------------------------------------

    /**
     * DESIGN §2: a context may use only the domain and the contexts {@link Context} declares for it; the domain
     * uses no context; nothing uses the web.
     */
    ArchRule contextsUseOnlyDeclaredContexts() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(DOMAIN).definedBy(root + "." + DOMAIN + "..")
                .layer(WEB).definedBy(root + "." + WEB + "..");
        for (Context context : Context.values()) {
            String packages = context.packageIn(root) + "..";
            layers = context.built()
                    ? layers.layer(context.simpleName()).definedBy(packages)
                    : layers.optionalLayer(context.simpleName()).definedBy(packages);
        }
        layers = layers
                .whereLayer(DOMAIN).mayNotAccessAnyLayer()
                .whereLayer(WEB).mayNotBeAccessedByAnyLayer();
        for (Context context : Context.values()) {
            List<String> allowed = new ArrayList<>(List.of(DOMAIN));
            context.uses().forEach(used -> allowed.add(used.simpleName()));
            layers = layers.whereLayer(context.simpleName()).mayOnlyAccessLayers(allowed.toArray(String[]::new));
        }
        return layers.because("DESIGN §2: every module may use the domain, a context only the contexts it is "
                + "declared to use (org.custos.architecture.Context), nothing the web");
    }

    // ---- 2. api and internal ------------------------------------------------------------------------------

    /** DESIGN §3: from outside a context, only its {@code api} package may be used; its internals are its own. */
    ArchRule contextsAreUsedOnlyThroughTheirApi() {
        return classes().that().resideInAPackage(root + "..")
                .should(useOtherContextsOnlyThroughTheirApi())
                .because("DESIGN §3: contexts talk through another context's api (facades, DTOs, events); "
                        + "its internal package is invisible to everyone else");
    }

    /**
     * DESIGN §2: the web uses, of Custos, only the contexts' {@code api} packages and the domain's shared value
     * types: never an entity, never {@code Schema}, never an internal.
     */
    ArchRule webUsesOnlyContextApis() {
        String[] allowed = allowedForWeb();
        return noClasses().that().resideInAPackage(root + "." + WEB + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAnyPackage(allowed))))
                .because("DESIGN §2: web → each context's api package only (and the domain's shared value types)");
    }

    private String[] allowedForWeb() {
        List<String> allowed = new ArrayList<>(List.of(root + "." + WEB + "..", root + "." + DOMAIN + ".shared.."));
        for (Context context : Context.values()) {
            allowed.add(context.apiPackageIn(root) + "..");
        }
        return allowed.toArray(String[]::new);
    }

    // ---- 3. JSF only in the web ---------------------------------------------------------------------------

    /** DESIGN §2, §5: JSF and PrimeFaces belong to the web module alone. */
    ArchRule facesOnlyInWeb() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "." + WEB + "..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("DESIGN §2: the web module is the only one with pages (JSF + PrimeFaces)");
    }

    // ---- 4. entities --------------------------------------------------------------------------------------

    /** DESIGN §2, §4: the JPA entities are in the one domain module. */
    ArchRule entitiesLiveInDomain() {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Entity.class)
                .should().resideInAPackage(root + "." + DOMAIN + "..")
                .because("DESIGN §4: the customer wants the JPA entities in one module, the domain");
    }

    /** DESIGN §4: optimistic locking on every entity. */
    ArchRule everyEntityHasAVersion() {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Entity.class)
                .should(haveAVersionField())
                .because("DESIGN §4: @Version on every entity (optimistic locking)");
    }

    // ---- 5. guarded facades -------------------------------------------------------------------------------

    /**
     * DESIGN §3: every public method of a facade implementation (an {@code @Stateless} or {@code @Singleton}
     * bean in an {@code internal} package implementing an {@code @Local} api interface) is guarded by
     * {@code @RolesAllowed} or {@code @PermitAll}, on the method or on its class.
     */
    ArchRule everyFacadeMethodIsGuarded() {
        return methods().that().arePublic().and().areNotStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().areDeclaredInClassesThat(facadeImplementations())
                .should(beGuarded())
                .because("DESIGN §3: security first, @RolesAllowed on every public facade method "
                        + "(@PermitAll where it is deliberately open)");
    }

    DescribedPredicate<JavaClass> facadeImplementations() {
        DescribedPredicate<JavaClass> localApi = resideInAPackage(root + "..api..").and(annotatedWith(Local.class));
        return resideInAPackage(root + "..internal..")
                .and(annotatedWith(Stateless.class).or(annotatedWith(Singleton.class)))
                .and(new DescribedPredicate<JavaClass>("implement an @Local interface of an api package") {
                    @Override
                    public boolean test(JavaClass bean) {
                        return bean.getAllRawInterfaces().stream().anyMatch(localApi);
                    }
                })
                .as("facade implementations (@Stateless or @Singleton in an internal package, implementing an "
                        + "@Local api interface)");
    }

    // ---- conditions ---------------------------------------------------------------------------------------

    private ArchCondition<JavaClass> useOtherContextsOnlyThroughTheirApi() {
        return new ArchCondition<>("use another context only through its api package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Context> own = contextOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<Context> other = contextOf(target).filter(context -> own.map(c -> c != context).orElse(true));
                    if (other.isPresent() && !inPackageTree(other.get().apiPackageIn(root)).test(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": outside " + other.get().apiPackageIn(root)));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveAVersionField() {
        return new ArchCondition<>("have a @Version field") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                boolean versioned = entity.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(Version.class));
                events.add(new SimpleConditionEvent(entity, versioned, "Entity <" + entity.getName() + "> "
                        + (versioned ? "has" : "has no") + " @Version field in " + entity.getSourceCodeLocation()));
            }
        };
    }

    private static ArchCondition<JavaMethod> beGuarded() {
        return new ArchCondition<>("be annotated with @RolesAllowed or @PermitAll (or have their class so annotated)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass bean = method.getOwner();
                boolean guarded = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                        || bean.isAnnotatedWith(RolesAllowed.class) || bean.isAnnotatedWith(PermitAll.class);
                events.add(new SimpleConditionEvent(method, guarded, "Method <" + method.getFullName() + "> "
                        + (guarded ? "is" : "is not") + " guarded by @RolesAllowed or @PermitAll (on the method or "
                        + "its class) in " + method.getSourceCodeLocation()));
            }
        };
    }

    private Optional<Context> contextOf(JavaClass javaClass) {
        return Arrays.stream(Context.values())
                .filter(context -> inPackageTree(context.packageIn(root)).test(javaClass))
                .findFirst();
    }

    private static DescribedPredicate<JavaClass> inPackageTree(String packageName) {
        return resideInAPackage(packageName + "..");
    }
}

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
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenMethodsConjunction;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/**
 * The architecture rules of DESIGN §2-4 and §6, for the classes under one root package: {@code org.custos} for the
 * real code, {@code org.custos.archfixtures.bad} for the fixtures that prove each rule bites. The layout under
 * the root is the same in both: {@code domain} (entities per context, the shared kernel), one package per
 * {@link ContextModule} (from {@link DataContext}), and {@code web}. A module's public packages are its {@code api}
 * packages, at any depth (protection has one per sub-area: {@code protection.<sub>.api}), and protection's
 * {@code spi}, which the record contexts implement; everything else in it is internal.
 */
final class ArchitectureRules {

    private static final String DOMAIN = "domain";
    private static final String WEB = "web";
    /** The intake API (its own WAR): like the web, a way in from outside, under the same rules. */
    private static final String API = "api";
    /** The module split into sub-areas, which offers the personal-data SPI (DESIGN §2-3). */
    private static final String PROTECTION = DataContext.REGISTER.module();
    /** The module whose data no other may read (L6, P1). */
    private static final String COMPLAINTS = DataContext.COMPLAINTS.module();
    /** The domain packages every module may use besides its own entities: people, value types, crypto, documents. */
    private static final List<String> COMMON_DOMAIN = List.of("subject", "shared", "crypto", "document");

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
     * The packages the rules name (ArchUnit package identifiers), each of which must hold classes for the rules to
     * prove anything (DESIGN §11, lessons): the domain, its shared value types, the api and internals of every
     * built module, the api and internals of protection's sub-areas, protection's SPI, the web.
     */
    List<String> packagesTheRulesName() {
        List<String> packages = new ArrayList<>(List.of(root + "." + DOMAIN + "..", root + "." + DOMAIN + ".shared.."));
        for (ContextModule module : ContextModule.all()) {
            if (module.built()) {
                packages.add(module.packageIn(root) + "..api..");
                packages.add(module.packageIn(root) + "..internal..");
            }
        }
        String protection = root + "." + PROTECTION;
        packages.addAll(List.of(protection + ".*.api..", protection + ".*.internal..", spiPackage() + "..",
                root + "." + WEB + ".."));
        return packages;
    }

    /** The identifiers of {@link #packagesTheRulesName()} that match no class. */
    List<String> packagesWithoutClasses(JavaClasses classes) {
        return packagesTheRulesName().stream()
                .filter(identifier -> classes.stream().noneMatch(resideInAPackage(identifier)::test))
                .toList();
    }

    /** The modules still planned that have classes all the same (their contexts must be declared built). */
    List<ContextModule> plannedModulesWithClasses(JavaClasses classes) {
        return ContextModule.all().stream()
                .filter(module -> !module.built())
                .filter(module -> classes.stream().anyMatch(inPackageTree(module.packageIn(root))::test))
                .toList();
    }

    // ---- 1. modules ---------------------------------------------------------------------------------------

    /**
     * DESIGN §2: a module may use only the domain and the modules of the contexts {@link DataContext} declares
     * for its contexts; the domain uses no module; nothing uses the web.
     */
    ArchRule contextsUseOnlyDeclaredContexts() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(DOMAIN).definedBy(root + "." + DOMAIN + "..")
                .layer(WEB).definedBy(root + "." + WEB + "..");
        for (ContextModule module : ContextModule.all()) {
            String packages = module.packageIn(root) + "..";
            layers = module.built()
                    ? layers.layer(module.name()).definedBy(packages)
                    : layers.optionalLayer(module.name()).definedBy(packages);
        }
        layers = layers
                .whereLayer(DOMAIN).mayNotAccessAnyLayer()
                .whereLayer(WEB).mayNotBeAccessedByAnyLayer();
        for (ContextModule module : ContextModule.all()) {
            List<String> allowed = new ArrayList<>(List.of(DOMAIN));
            allowed.addAll(module.uses());
            layers = layers.whereLayer(module.name()).mayOnlyAccessLayers(allowed.toArray(String[]::new));
        }
        return layers.because("DESIGN §2: every module may use the domain, a context only the contexts it is "
                + "declared to use (org.custos.domain.shared.DataContext), nothing the web");
    }

    /**
     * DESIGN §4: a module uses the entities of its own contexts ({@code domain.<module>}) and the shared kernel
     * ({@code domain.subject}, {@code .shared}, {@code .crypto}, {@code .document}), never another context's
     * entities: what another context holds comes through its api.
     */
    ArchRule contextsUseOnlyTheirOwnEntities() {
        return classes().that().resideInAPackage(root + "..")
                .should(useOnlyTheirOwnEntities())
                .because("DESIGN §4: the domain is a shared kernel, not a free-for-all; another context's "
                        + "entities are reached through its api, by id");
    }

    // ---- 2. api and internal ------------------------------------------------------------------------------

    /** DESIGN §3: from outside a module, only its public packages may be used; its internals are its own. */
    ArchRule contextsAreUsedOnlyThroughTheirApi() {
        return classes().that().resideInAPackage(root + "..")
                .should(useOtherContextsOnlyThroughTheirApi())
                .because("DESIGN §3: contexts talk through another context's api (facades, DTOs, events) or "
                        + "implement protection's spi; its internal packages are invisible to everyone else");
    }

    /**
     * DESIGN §2-3: inside a module, a sub-area's internals ({@code <module>.<sub>.internal..}) are used only in
     * that sub-area; the others call its api (small ports). A module without sub-areas is one sub-area
     * ({@code <module>.internal}). Other modules are {@link #contextsAreUsedOnlyThroughTheirApi()}'s business.
     */
    ArchRule subAreaInternalsStayInTheirSubArea() {
        return classes().that().resideInAPackage(root + "..")
                .should(useNoOtherSubAreasInternals())
                .because("DESIGN §2-3: the sub-areas of a module talk through their api; a sub-area's internal "
                        + "package is its own");
    }

    /** The packages of the ways in from outside: the web's pages and the intake API. */
    private String[] waysIn() {
        return new String[] {root + "." + WEB + "..", root + "." + API + ".."};
    }

    /**
     * DESIGN §2: the web (and the intake API) uses, of Custos, only the modules' public packages and the domain's shared value
     * types: never an entity, never {@code Schema}, never an internal.
     */
    ArchRule webUsesOnlyContextApis() {
        DescribedPredicate<JavaClass> allowed = resideInAnyPackage(root + "." + WEB + "..", root + "." + API + "..",
                root + "." + DOMAIN + ".shared..");
        for (ContextModule module : ContextModule.all()) {
            allowed = allowed.or(publicIn(module));
        }
        return noClasses().that().resideInAnyPackage(waysIn())
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(allowed))
                        .as("are of Custos, outside the web, the domain's shared value types and the modules' "
                                + "public packages"))
                .because("DESIGN §2: web → each context's api package only (and the domain's shared value types)");
    }

    /**
     * DESIGN §3: the personal-data SPI is between protection and the record contexts; the web reaches personal
     * data through the facades, never through the SPI or a holder.
     */
    ArchRule webUsesNoPersonalDataSpi() {
        DescribedPredicate<JavaClass> spi = resideInAPackage(spiPackage() + "..");
        DescribedPredicate<JavaClass> holder = new DescribedPredicate<>("implement an interface of the SPI") {
            @Override
            public boolean test(JavaClass javaClass) {
                return javaClass.getAllRawInterfaces().stream().anyMatch(spi);
            }
        };
        return noClasses().that().resideInAnyPackage(waysIn())
                .should().dependOnClassesThat(spi.or(holder)
                        .as("are in " + spiPackage() + " or implement one of its interfaces (holders)"))
                .because("DESIGN §3: the rights and retention engines alone use the personal-data holders");
    }

    /**
     * D3, D5: the security context's door to sensitive records for the server finishing at its start a rights
     * request a crash cut short ({@code SensitiveDataResumption}, {@code @PermitAll} as no one is signed in then) is
     * the rights engine's alone: no page may reach it, as it checks no role.
     */
    ArchRule webDoesNotFinishRightsRequests() {
        return noClasses().that().resideInAnyPackage(waysIn())
                .should().dependOnClassesThat().haveFullyQualifiedName(root + ".security.api.SensitiveDataResumption")
                .because("D3, D5: only the rights engine finishes, with no one signed in, what a DPM started");
    }

    /**
     * L6, P1: complaint data serves complaint handling and service checks only, so no code outside the complaints
     * module reads it: neither another module (whatever the registry of contexts declares) nor code in no module;
     * only the complaints pages of the web, and the intake API's complaints from the website. The rights and retention engines reach it through protection's SPI, which
     * the complaints module implements.
     */
    ArchRule complaintDataServesOnlyComplaintHandling() {
        String complaints = root + "." + COMPLAINTS;
        String entities = root + "." + DOMAIN + "." + COMPLAINTS;
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(complaints + "..", entities + "..", root + "." + WEB + "..",
                        root + "." + API + "..")
                .should().dependOnClassesThat().resideInAnyPackage(complaints + "..", entities + "..")
                .because("L6: complaint data is used only to handle complaints and check service (P1); no other "
                        + "context reads it, and the personal-data SPI is the only way in for the rights engine");
    }

    // ---- 3. JSF only in the web ---------------------------------------------------------------------------

    /** DESIGN §2, §5: JSF and PrimeFaces belong to the web module alone. */
    ArchRule facesOnlyInWeb() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + "." + WEB + "..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("DESIGN §2: the web module is the only one with pages (JSF + PrimeFaces)");
    }

    /**
     * Issue 20 (bad input, uploads): an uploaded file is never written to disk under the name it came with, a name
     * its sender chose ("../../etc/passwd"): the pages take its bytes, and the name is made safe where it is kept.
     * That is why every file upload lets any name through ({@code web.shell.SafeNameFileUpload}).
     */
    ArchRule uploadsAreNeverWrittenUnderTheirName() {
        DescribedPredicate<JavaMethodCall> write = new DescribedPredicate<>("write an UploadedFile to a folder") {
            @Override
            public boolean test(JavaMethodCall call) {
                return call.getName().equals("write")
                        && call.getTargetOwner().isAssignableTo("org.primefaces.model.file.UploadedFile");
            }
        };
        return noClasses().that().resideInAPackage(root + "..").should().callMethodWhere(write)
                .because("issue 20: a file's name is its sender's choice, never a path on the server");
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

    // ---- 5. facades: guarded, validated, audited ---------------------------------------------------------

    /**
     * DESIGN §3: every public method of a facade implementation ({@link #facadeImplementations()}) is guarded by
     * {@code @RolesAllowed} or {@code @PermitAll}, on the method or on its class.
     */
    ArchRule everyFacadeMethodIsGuarded() {
        return publicFacadeMethods()
                .should(beGuarded())
                .because("DESIGN §3: security first, @RolesAllowed on every public facade method "
                        + "(@PermitAll where it is deliberately open)");
    }

    /** DESIGN §3: Bean Validation on a facade's parameters is part of its contract, and Payara needs the binding. */
    ArchRule everyFacadeValidatesItsArguments() {
        return classes().that(facadeImplementations())
                .should().beAnnotatedWith(ValidatedArguments.class)
                .because("DESIGN §3: a facade's arguments are checked against its api's constraints "
                        + "(@ValidatedArguments), which Payara does not do for EJBs by itself");
    }

    /**
     * DESIGN §6: every public method of a facade implementation writes an audit entry ({@code @Audited}) or says,
     * in a named exemption ({@code @AuditExempt("why")}), why it needs none of its own; on the method or on its
     * class.
     */
    ArchRule everyFacadeMethodIsAuditedOrExempt() {
        return publicFacadeMethods()
                .should(beAuditedOrExempt())
                .because("DESIGN §6: every facade call that reads or changes personal data writes an audit entry; "
                        + "the others say why not");
    }

    private GivenMethodsConjunction publicFacadeMethods() {
        return methods().that().arePublic().and().areNotStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().areDeclaredInClassesThat(facadeImplementations());
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

    private ArchCondition<JavaClass> useOnlyTheirOwnEntities() {
        String domain = root + "." + DOMAIN;
        return new ArchCondition<>("use only their own module's entities and the common domain") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<ContextModule> own = moduleOf(origin);
                if (own.isEmpty()) {
                    return;
                }
                List<String> allowed = new ArrayList<>(COMMON_DOMAIN);
                allowed.add(own.get().name());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(domain + ".") && !allowed.contains(firstSegmentAfter(domain, target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": not an entity of " + own.get().name() + " nor of the common domain"));
                    }
                }
            }
        };
    }

    private ArchCondition<JavaClass> useOtherContextsOnlyThroughTheirApi() {
        return new ArchCondition<>("use another context only through its public packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<ContextModule> own = moduleOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<ContextModule> other = moduleOf(target).filter(module -> !own.equals(Optional.of(module)));
                    if (other.isPresent() && !publicIn(other.get()).test(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": outside the public packages of " + other.get().packageIn(root)));
                    }
                }
            }
        };
    }

    private ArchCondition<JavaClass> useNoOtherSubAreasInternals() {
        return new ArchCondition<>("use the internals of their own sub-area only") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<ContextModule> own = moduleOf(origin);
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> subArea = subAreaOfInternal(target.getPackageName());
                    if (own.equals(moduleOf(target)) && subArea.isPresent()
                            && !inPackageTree(subArea.get()).test(origin)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": an internal of " + subArea.get() + ", used from outside it"));
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

    private static ArchCondition<JavaMethod> beAuditedOrExempt() {
        return new ArchCondition<>("be annotated with @Audited or @AuditExempt with a reason (or have their class "
                + "so annotated)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass bean = method.getOwner();
                boolean covered = method.isAnnotatedWith(Audited.class) || bean.isAnnotatedWith(Audited.class)
                        || exemptWithAReason(method.tryGetAnnotationOfType(AuditExempt.class))
                        || exemptWithAReason(bean.tryGetAnnotationOfType(AuditExempt.class));
                events.add(new SimpleConditionEvent(method, covered, "Method <" + method.getFullName() + "> "
                        + (covered ? "is" : "is neither") + " audited or exempt with a reason (on the method or its "
                        + "class) in " + method.getSourceCodeLocation()));
            }
        };
    }

    private static boolean exemptWithAReason(Optional<AuditExempt> exemption) {
        return exemption.map(exempt -> !exempt.value().isBlank()).orElse(false);
    }

    /** A class's public packages in its module: {@link ArchitectureRules} says which. */
    private DescribedPredicate<JavaClass> publicIn(ContextModule module) {
        String base = module.packageIn(root);
        DescribedPredicate<JavaClass> published = module.name().equals(PROTECTION)
                ? resideInAnyPackage(base + "..api..", spiPackage() + "..")
                : resideInAPackage(base + "..api..");
        return published.and(not(resideInAPackage(base + "..internal..")));
    }

    private String spiPackage() {
        return root + "." + PROTECTION + ".spi";
    }

    private Optional<ContextModule> moduleOf(JavaClass javaClass) {
        return ContextModule.all().stream()
                .filter(module -> inPackageTree(module.packageIn(root)).test(javaClass))
                .findFirst();
    }

    /** The sub-area whose internals a package is part of ({@code x.rights} for {@code x.rights.internal.response}). */
    private static Optional<String> subAreaOfInternal(String packageName) {
        int internal = (packageName + ".").indexOf(".internal.");
        return internal < 0 ? Optional.empty() : Optional.of(packageName.substring(0, internal));
    }

    private static String firstSegmentAfter(String base, String packageName) {
        String rest = packageName.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> inPackageTree(String packageName) {
        return resideInAPackage(packageName + "..");
    }
}

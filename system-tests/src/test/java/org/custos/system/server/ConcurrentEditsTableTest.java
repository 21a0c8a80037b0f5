package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.system.server.ConcurrentEditsSystemIT.Kind;
import org.custos.system.server.ConcurrentEditsSystemIT.Through;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link ConcurrentEditsSystemIT#KINDS}, the table of editable kinds, complete (issue 20, "Concurrent
 * edits"): read from the facades by reflection, without a server. Every {@code @Local} facade method that takes the
 * version the user saw (a parameter {@code version}, {@code basedOn} or {@code shown}, or a form with a
 * {@code version}) belongs to exactly one kind; every other method that changes a record already there (audited as
 * anything but a read, a search, an export or a new record) is explained in
 * {@link ConcurrentEditsSystemIT#WITHOUT_VERSION} or listed in {@link ConcurrentEditsSystemIT#KNOWN_LOSSES}. So a new
 * editable kind, or a new way to change one, fails here until it is in the table. That every entity carries a
 * {@code @Version} is the architecture rule {@code everyEntityHasAVersion}.
 */
class ConcurrentEditsTableTest {

    private static final Set<String> VERSION_PARAMETERS = Set.of("version", "basedOn", "shown");

    /** Audited actions that change nothing already recorded: reading, adding, signing in. */
    private static final Set<AuditAction> NOT_AN_EDIT = EnumSet.of(AuditAction.READ, AuditAction.SEARCH,
            AuditAction.EXPORT, AuditAction.CREATE, AuditAction.LOGIN, AuditAction.LOGIN_FAILED, AuditAction.LOGOUT,
            AuditAction.SESSION_ENDED, AuditAction.ACCESS_DENIED, AuditAction.ACCOUNT_CREATED,
            AuditAction.FIRST_ADMINISTRATOR_CREATED, AuditAction.AUDIT_CHAIN_VERIFIED, AuditAction.DATA_KEY_ADDED,
            AuditAction.APPROVAL_REQUESTED, AuditAction.ACCESS_GRANTED);

    private static List<Class<?>> facades;
    private static List<Class<?>> implementations;

    @BeforeAll
    static void readTheFacades() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.custos");
        facades = production.stream().filter(type -> type.isInterface() && type.isAnnotatedWith(Local.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
        implementations = production.stream().filter(type -> type.isAnnotatedWith(Stateless.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
        assertTrue(facades.size() > 40 && implementations.size() > 40, "the facades were found: " + facades.size());
    }

    @Test
    void everyFacadeMethodTakingTheVersionTheUserSawBelongsToOneKindOfTheTable_issue20() {
        Set<String> versioned = facades.stream().flatMap(facade -> Arrays.stream(facade.getMethods()))
                .filter(ConcurrentEditsTableTest::takesAVersion).map(ConcurrentEditsTableTest::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> inTable = ConcurrentEditsSystemIT.KINDS.stream().flatMap(kind -> kind.methods().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));

        Set<String> missing = new TreeSet<>(versioned);
        missing.removeAll(inTable.keySet());
        assertEquals(Set.of(), missing, "facade methods taking a version that no kind of "
                + "ConcurrentEditsSystemIT.KINDS names: add them to their kind, or a new kind with how to test it");
        Set<String> unknown = new TreeSet<>(inTable.keySet());
        unknown.removeAll(versioned);
        assertEquals(Set.of(), unknown, "methods the table names that are not facade methods taking a version");
        assertEquals(Map.of(), inTable.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "methods named by two kinds");
    }

    @Test
    void everyKindIsDrivenHereOrNamesTheTestThatProvesItsRefusalOrSaysItIsNotYetProven_issue20() {
        List<String> unproven = new ArrayList<>();
        for (Kind kind : ConcurrentEditsSystemIT.KINDS) {
            boolean driven = (kind.through() == Through.PAGE || kind.through() == Through.FACADE)
                    && kind.scenario() != null;
            boolean named = kind.through() == Through.CONTEXT_IT && kind.evidence() != null
                    && kind.evidence().endsWith("IT");
            boolean owned = kind.through() == Through.NOT_YET && kind.scenario() == null;
            if (!driven && !named && !owned) {
                unproven.add(kind.name());
            }
        }
        assertEquals(List.of(), unproven);
        assertEquals(ConcurrentEditsSystemIT.KINDS.size(), ConcurrentEditsSystemIT.KINDS.stream().map(Kind::name)
                .distinct().count(), "each kind once");
    }

    @Test
    void everyChangeToARecordMadeWithoutAVersionIsExplainedOrCountedAsALoss_issue20() throws Exception {
        Set<String> unversioned = new TreeSet<>();
        for (Class<?> implementation : implementations) {
            for (Class<?> facade : implementation.getInterfaces()) {
                if (!facades.contains(facade)) {
                    continue;
                }
                for (Method method : facade.getMethods()) {
                    Audited audited = implementation.getMethod(method.getName(), method.getParameterTypes())
                            .getAnnotation(Audited.class);
                    if (audited != null && !NOT_AN_EDIT.contains(audited.value()) && !takesAVersion(method)) {
                        unversioned.add(name(method));
                    }
                }
            }
        }
        Set<String> accounted = new TreeSet<>(ConcurrentEditsSystemIT.WITHOUT_VERSION.keySet());
        accounted.addAll(ConcurrentEditsSystemIT.KNOWN_LOSSES.keySet());

        Set<String> unexplained = new TreeSet<>(unversioned);
        unexplained.removeAll(accounted);
        assertEquals(Set.of(), unexplained, "facade methods that change a record without the version the user saw: "
                + "take the version (and add the method to its kind), or say in WITHOUT_VERSION why nothing is lost");
        Set<String> stale = new TreeSet<>(accounted);
        stale.removeAll(unversioned);
        assertEquals(Set.of(), stale, "listed as changing a record without a version, but no such method is");
    }

    private static boolean takesAVersion(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (VERSION_PARAMETERS.contains(parameter.getName())) {
                return true;
            }
            RecordComponent[] components = parameter.getType().getRecordComponents();
            if (components != null && Arrays.stream(components).anyMatch(c -> c.getName().equals("version"))) {
                return true;
            }
        }
        return false;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}

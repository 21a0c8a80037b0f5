package org.custos.system.server;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments the authorization matrix ({@link AuthorizationMatrixSystemIT}) calls a facade method with, made from
 * each parameter's type and name: the id of a real fixture record where the name says which record
 * ({@code campaignId}, {@code complaintId} ...), a number no record has for the ids no fixture stands for, a
 * version no record has (so that a call that is let in changes nothing that its transaction does not roll back),
 * forms (records) filled component by component the same way, today for dates, the first constant of an enum, empty
 * collections, and null only for types it cannot make (interfaces such as streams).
 */
final class FacadeArguments {

    /** The id of no record: for the ids that no fixture stands for. */
    static final long NO_SUCH_RECORD = 987_654_321L;

    /** A version no record has: a change that checks it is refused as a concurrent change, after the access checks. */
    static final long NO_SUCH_VERSION = -1L;

    /** The smallest PDF a content sniffer recognises: uploads are told by their content. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static final int DEPTH = 5;

    /** The handler a complaint form names: the HR caller, whose account the matrix opens. */
    private static final String HANDLER = org.custos.testsupport.Callers.principal(org.custos.domain.shared.Role.HR);

    private final Map<String, Long> ids;
    private final Map<Class<?>, Object> byType;

    /**
     * @param ids    fixture ids by the parameter (or form component) name that holds one, e.g. {@code campaignId}
     * @param byType fixed values by type, e.g. the {@code ChosenPerson} of the fixture person
     */
    FacadeArguments(Map<String, Long> ids, Map<Class<?>, Object> byType) {
        this.ids = Map.copyOf(ids);
        this.byType = Map.copyOf(byType);
    }

    /** The same, but with other ids for some names: another hiring manager's campaign, another handler's complaint. */
    FacadeArguments with(Map<String, Long> otherIds) {
        Map<String, Long> changed = new HashMap<>(ids);
        changed.putAll(otherIds);
        return new FacadeArguments(changed, byType);
    }

    Object[] of(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(parameters[i].getType(), parameters[i].getParameterizedType(), parameters[i].getName(),
                    0);
        }
        return values;
    }

    private Object value(Class<?> type, Type generic, String name, int depth) {
        if (byType.containsKey(type)) {
            return byType.get(type);
        }
        if (type == long.class || type == Long.class) {
            return number(name);
        }
        if (type == int.class || type == Integer.class) {
            return small(name);
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == short.class || type == Short.class) {
            return (short) 1;
        }
        if (type == String.class) {
            return text(name);
        }
        if (type == byte[].class) {
            return PDF.clone();
        }
        if (type == LocalDate.class) {
            return LocalDate.now();
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now();
        }
        if (type == Instant.class) {
            return Instant.now();
        }
        if (type == Period.class) {
            return Period.ofYears(1);
        }
        if (type == Duration.class) {
            return Duration.ofHours(1);
        }
        if (type == Year.class) {
            return Year.now();
        }
        if (type == YearMonth.class) {
            return YearMonth.now();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (Set.class.isAssignableFrom(type)) {
            return name.equals("handlers") ? Set.of(HANDLER) : Set.of();
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        if (type.isRecord() && depth < DEPTH) {
            return record(type, depth);
        }
        return null;
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], components[i].getGenericType(), components[i].getName(), depth + 1);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException cannot) {
            // a compact constructor that refuses these values: the facade gets null, which it must refuse too
            return null;
        }
    }

    private long number(String name) {
        if (ids.containsKey(name)) {
            return ids.get(name);
        }
        if (name.equals("version")) {
            return NO_SUCH_VERSION;
        }
        return name.endsWith("Id") || name.equals("basedOn") ? NO_SUCH_RECORD : 1L;
    }

    private static int small(String name) {
        return switch (name) {
            case "first", "erased" -> 0;
            case "pageSize", "limit", "months" -> 10;
            case "fromYear" -> Year.now().getValue();
            case "pence" -> 100;
            default -> 1;
        };
    }

    private String text(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("email")) {
            return "matrix.check@example.org";
        }
        if (lower.contains("password")) {
            return "not the password of anyone 4711";
        }
        if (lower.equals("username")) {
            return "matrix-nobody";
        }
        if (lower.contains("country")) {
            return "FR";
        }
        if (lower.contains("code")) {
            return "000000";
        }
        return "Authorization matrix check";
    }
}

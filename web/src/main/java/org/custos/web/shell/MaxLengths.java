package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The {@code maxlength} of every text box, read from its one home: the Bean Validation constraints of the facade's
 * form field or method parameter that the box fills.
 * <ul>
 * <li>{@code #{maxLength.of('SubjectForm.givenNames')}}: the {@code @Size} of a form's text field;</li>
 * <li>{@code #{maxLength.of('RightsRequests.fee.reason')}}: that of a facade method's parameter;</li>
 * <li>a number: the digits of its {@code @Max}, or of its type's largest value; a decimal, the digits its
 * {@code @Digits} allows and the point;</li>
 * <li>a list typed in one box, separated by commas ({@code 'SubjectForm.emails'}): its {@code @Size} (how many)
 * times the length of one item and a separator; {@code 'SubjectForm.emails[]'} is one item.</li>
 * </ul>
 * A name without such a constraint is a mistake in the page: the pages' tests resolve every one.
 */
@Named("maxLength")
@ApplicationScoped
public class MaxLengths {

    /** The packages of the facades' forms and parameters, searched for the class a name starts with. */
    static final List<String> API_PACKAGES = List.of("org.custos.protection.register.api",
            "org.custos.protection.purposes.api", "org.custos.protection.calendar.api",
            "org.custos.protection.breaches.api", "org.custos.protection.notices.api",
            "org.custos.protection.rights.api", "org.custos.protection.consent.api",
            "org.custos.protection.holds.api", "org.custos.protection.letters.api",
            "org.custos.protection.retention.api", "org.custos.protection.dpia.api", "org.custos.recruitment.api",
            "org.custos.security.api", "org.custos.staff.api",
            "org.custos.relationships.api", "org.custos.complaints.api");

    /** What separates the items of a list typed in one box. */
    static final String SEPARATOR = ", ";

    private static final String ONE_ITEM = "[]";

    private static final Map<Class<?>, Long> LARGEST = Map.of(Integer.class, (long) Integer.MAX_VALUE, int.class,
            (long) Integer.MAX_VALUE, Long.class, Long.MAX_VALUE, long.class, Long.MAX_VALUE);

    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    /** The most characters the box takes: {@code "SubjectForm.givenNames"} or {@code "RightsRequests.fee.reason"}. */
    public int of(String field) {
        return known.computeIfAbsent(field, MaxLengths::read);
    }

    static int read(String field) {
        boolean oneItem = field.endsWith(ONE_ITEM);
        String[] path = field.substring(0, field.length() - (oneItem ? ONE_ITEM.length() : 0)).split("\\.");
        if (path.length < 2 || path.length > 3) {
            throw new IllegalArgumentException("Name a form's field (Form.field) or a facade method's parameter "
                    + "(Facade.method.parameter), not " + field);
        }
        Class<?> type = apiClass(path[0]);
        if (path.length == 2) {
            Field declared = field(type, path[1]);
            return length(field, declared, declared.getAnnotatedType(), oneItem);
        }
        Parameter declared = parameter(type, path[1], path[2]);
        return length(field, declared, declared.getAnnotatedType(), oneItem);
    }

    private static Class<?> apiClass(String simpleName) {
        List<Class<?>> found = API_PACKAGES.stream().flatMap(pkg -> load(pkg + "." + simpleName).stream()).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.isEmpty() ? "No facade api has " + simpleName
                    : simpleName + " is in several facade apis: " + found);
        }
        return found.get(0);
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, MaxLengths.class.getClassLoader()));
        } catch (ClassNotFoundException notHere) {
            return Optional.empty();
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name, e);
        }
    }

    private static Parameter parameter(Class<?> type, String method, String name) {
        List<Parameter> found = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(method))
                .map(Method::getParameters).flatMap(Arrays::stream)
                .filter(parameter -> parameter.getName().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + method + " has " + found.size()
                    + " parameters named " + name);
        }
        return found.get(0);
    }

    private static int length(String field, AnnotatedElement declared, AnnotatedType annotated, boolean oneItem) {
        if (!Collection.class.isAssignableFrom(raw(annotated.getType()))) {
            return single(field, declared, annotated);
        }
        AnnotatedType items = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
        int item = single(field, items, items);
        if (oneItem) {
            return item;
        }
        int count = constraint(Size.class, declared, annotated).orElseThrow(() -> new IllegalArgumentException(
                field + " is a list without @Size: say how many items it takes, or name one item with []")).max();
        return count * (item + SEPARATOR.length());
    }

    private static int single(String field, AnnotatedElement declared, AnnotatedType annotated) {
        Optional<Size> size = constraint(Size.class, declared, annotated);
        if (size.isPresent()) {
            return size.get().max();
        }
        Optional<Integer> digits = constraint(Max.class, declared, annotated)
                .map(max -> Long.toString(max.value()).length())
                .or(() -> constraint(Digits.class, declared, annotated)
                        .map(allowed -> allowed.integer() + (allowed.fraction() > 0 ? 1 + allowed.fraction() : 0)))
                .or(() -> Optional.ofNullable(LARGEST.get(raw(annotated.getType())))
                        .map(largest -> Long.toString(largest).length()));
        return digits.orElseThrow(() -> new IllegalArgumentException(field + " has no @Size, nor is it a number"));
    }

    /**
     * The constraint on the declaration or on its type (a record component's constraint is on both), itself or
     * composed into a constraint of Custos's own (an email address's {@code @Size}).
     */
    private static <A extends Annotation> Optional<A> constraint(Class<A> kind, AnnotatedElement declared,
            AnnotatedType annotated) {
        return Stream.concat(Arrays.stream(declared.getAnnotations()), Arrays.stream(annotated.getAnnotations()))
                .map(found -> kind.isInstance(found) ? kind.cast(found) : found.annotationType().getAnnotation(kind))
                .filter(Objects::nonNull).findFirst();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}

package org.custos.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a page keeps between requests travels with the session to the other server of a deployment group (issue 21,
 * {@code <distributable/>}): every field of a view- or session-scoped bean, and every field of what it holds, is
 * serializable. Collections and maps count by what they hold; injected beans are the container's proxies, which
 * serialize as references; the fields a library's serializable class declares (a PrimeFaces data model's) are its
 * own business. A lambda in a field, an {@code Optional} or a facade's record that is not
 * {@link Serializable} would lose the session at the failover.
 */
class SessionStateTest {

    @Test
    void everyFieldOfPageAndSessionStateIsSerializable_issue21() {
        List<JavaClass> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.custos.web").stream()
                .filter(bean -> bean.isAnnotatedWith(ViewScoped.class) || bean.isAnnotatedWith(SessionScoped.class))
                .toList();
        assertFalse(beans.isEmpty(), "no page beans found: the rule would check nothing");
        Set<String> problems = new TreeSet<>();
        Set<Type> checked = new HashSet<>();
        for (JavaClass bean : beans) {
            for (Field field : fieldsOf(bean.reflect())) {
                check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, checked);
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> level = type; level != null && level.getName().startsWith("org.custos.");
                level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static void check(Type type, String path, Set<String> problems, Set<Type> checked) {
        if (!checked.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                check(raw, path, problems, checked);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, checked);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, checked);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, checked);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(bound, path, problems, checked);
            }
        } else if (type instanceof Class<?> plain) {
            checkClass(plain, path, problems, checked);
        }
    }

    private static void checkClass(Class<?> type, String path, Set<String> problems, Set<Type> checked) {
        if (type.isPrimitive() || type.isEnum() || type == Object.class && path.endsWith("<>")) {
            return;
        }
        if (type.isArray()) {
            check(type.getComponentType(), path + "[]", problems, checked);
            return;
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not serializable");
            return;
        }
        if (type.getName().startsWith("org.custos.")) {
            for (Field field : fieldsOf(type)) {
                check(field.getGenericType(), path + "." + field.getName(), problems, checked);
            }
        }
    }
}

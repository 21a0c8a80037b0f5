package org.custos.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.custos.domain.crypto.EncryptedColumns.Column;
import org.junit.jupiter.api.Test;

class EncryptedColumnsTest {

    @Test
    void everyEncryptedAttributeOfEveryEntityIsInTheRegistrySoRotationReachesIt_X3() throws Exception {
        assertEquals(Set.copyOf(EncryptedColumns.ALL), encryptedColumnsOfEntities());
    }

    /** The table and column of each entity field holding a {@link Sealed} value. */
    private static Set<Column> encryptedColumnsOfEntities() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path classes = Path.of(Sealed.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Column> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EncryptedColumnsTest.class.getClassLoader());
                if (!type.isAnnotationPresent(Entity.class)) {
                    continue;
                }
                String key = Arrays.stream(type.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Id.class))
                        .map(EncryptedColumnsTest::columnName).findFirst().orElse("id");
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType() == Sealed.class) {
                        found.add(new Column(type.getAnnotation(Table.class).name(), key, columnName(field)));
                    }
                }
            }
        }
        return found;
    }

    private static String columnName(Field field) {
        jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : field.getName();
    }
}

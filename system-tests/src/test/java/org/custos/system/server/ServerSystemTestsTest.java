package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link ServerSystemIT}, the one deployment the plain build runs the server-side system tests on, complete:
 * without a server, every test of the classes it stands for has a test of the same name there, and it has no other.
 */
class ServerSystemTestsTest {

    @Test
    void everyServerSystemTestOfThePlainBuildRunsOnTheOneDeploymentUnderItsOwnName() {
        Set<String> expected = ServerSystemIT.CLASSES.stream().flatMap(type -> tests(type).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, tests(ServerSystemIT.class),
                "ServerSystemIT calls each test of " + ServerSystemIT.CLASSES + " in a test of the same name");
    }

    private static Set<String> tests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}

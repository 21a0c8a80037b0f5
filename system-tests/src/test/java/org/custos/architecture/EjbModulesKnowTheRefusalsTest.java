package org.custos.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.ApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * X2: a refusal (the security module's {@code @ApplicationException}s) thrown by a bean of another EJB module reaches
 * the caller as itself, and its facade audits it as refused: Payara reads application exceptions per EJB module, so
 * each module other than security declares them in its {@code META-INF/ejb-jar.xml}, and the lists must be the
 * annotated classes, all of them. Without it, a step bean's refusal under a facade method without a transaction
 * reached the caller wrapped in an EJBException, audited as FAILED (issue 20).
 */
class EjbModulesKnowTheRefusalsTest {

    private static final List<String> MODULES = List.of("protection", "staff", "recruitment", "relationships",
            "complaints");

    @Test
    void everyEjbModuleDeclaresEverySecurityRefusal_X2() throws IOException {
        TreeSet<String> refusals = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.custos.security.api")) {
            if (type.isAnnotatedWith(ApplicationException.class)) {
                refusals.add(type.getName());
            }
        }
        assertFalse(refusals.isEmpty(), "no @ApplicationException found in the security module's api");
        List<URL> descriptors = Collections.list(getClass().getClassLoader().getResources("META-INF/ejb-jar.xml"));
        List<String> problems = new ArrayList<>();
        for (String module : MODULES) {
            List<URL> own = descriptors.stream().filter(url -> url.toString().contains("/ejb/" + module + "/")
                    || url.toString().contains("custos-" + module)).toList();
            if (own.size() != 1) {
                problems.add(module + ": " + own.size() + " META-INF/ejb-jar.xml found");
                continue;
            }
            String text;
            try (InputStream in = own.get(0).openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            TreeSet<String> declared = new TreeSet<>();
            java.util.regex.Matcher matcher = java.util.regex.Pattern
                    .compile("<exception-class>\\s*([\\w.$]+)\\s*</exception-class>").matcher(text);
            while (matcher.find()) {
                declared.add(matcher.group(1));
            }
            if (!declared.equals(refusals)) {
                problems.add(module + " declares " + declared + ", the security api has " + refusals);
            }
            if (text.contains("<rollback>false</rollback>")) {
                problems.add(module + ": a refusal that does not roll back");
            }
        }
        assertEquals(List.of(), problems);
    }
}

package org.custos.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.custos.web.shell.MaxLengths;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What every page must do with what people type (ASVS 5.1), checked on the pages themselves: each text box takes
 * its maxlength from the facade's constraint, each input has a label its messages name, and exported tables export
 * values, not the expressions that show them.
 */
class PageInputsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String PRIMEFACES = "http://primefaces.org/ui";
    private static final String FACES_CORE = "jakarta.faces.core";
    private static final Pattern MAX_LENGTH = Pattern.compile("#\\{maxLength\\.of\\('([^']+)'\\)}");
    private static final Set<String> TEXT_BOXES = Set.of("inputText", "inputTextarea", "autoComplete");
    private static final Set<String> LABELLED = Set.of("inputText", "inputTextarea", "password", "datePicker",
            "inputNumber", "selectOneMenu", "selectOneRadio", "selectManyCheckbox", "autoComplete");

    @Test
    void everyTextBoxTakesItsMaxLengthFromTheFacadesConstraint() throws Exception {
        MaxLengths maxLengths = new MaxLengths();
        List<String> problems = new ArrayList<>();
        for (Page page : pages()) {
            for (Element box : page.primeFaces(TEXT_BOXES)) {
                Matcher named = MAX_LENGTH.matcher(box.getAttribute("maxlength"));
                if (!named.matches()) {
                    problems.add(page + " #" + box.getAttribute("id") + ": maxlength=\""
                            + box.getAttribute("maxlength") + "\" is not #{maxLength.of('Form.field')}");
                    continue;
                }
                try {
                    maxLengths.of(named.group(1));
                } catch (IllegalArgumentException wrong) {
                    problems.add(page + " #" + box.getAttribute("id") + ": " + wrong.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyInputHasALabelForItsMessages() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Page page : pages()) {
            Set<String> labelled = page.labelledIds();
            for (Element input : page.primeFaces(LABELLED)) {
                if (input.getAttribute("label").isBlank() && !labelled.contains(input.getAttribute("id"))) {
                    problems.add(page + " #" + input.getAttribute("id") + " (" + input.getLocalName() + ")");
                }
            }
            for (Element parameter : page.elements(FACES_CORE, Set.of("viewParam"))) {
                if (parameter.getAttribute("label").isBlank()) {
                    problems.add(page + " view parameter " + parameter.getAttribute("name"));
                }
            }
        }
        assertEquals(List.of(), problems, "inputs whose messages would name a component id");
    }

    @Test
    void exportedTablesExportValuesNotTheExpressionsThatShowThem() throws Exception {
        List<String> problems = new ArrayList<>();
        int exported = 0;
        for (Page page : pages()) {
            for (Element exporter : page.primeFaces(Set.of("dataExporter"))) {
                exported++;
                Element table = page.primeFaces(Set.of("dataTable")).stream()
                        .filter(candidate -> candidate.getAttribute("id").equals(exporter.getAttribute("target")))
                        .findFirst().orElseThrow(() -> new AssertionError(page + ": no table " + exporter));
                for (Element column : page.primeFaces(table, Set.of("column"))) {
                    if (column.getAttribute("exportValue").isBlank() && hasTextWithExpression(column)) {
                        problems.add(page + " " + table.getAttribute("id") + ": column \""
                                + column.getAttribute("headerText") + "\"");
                    }
                }
            }
        }
        assertFalse(exported == 0, "the pages export tables");
        assertEquals(List.of(), problems, "columns showing plain EL text export the text #{...} itself; "
                + "use h:outputText or exportValue");
    }

    private static boolean hasTextWithExpression(Element column) {
        NodeList children = column.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().contains("#{")) {
                return true;
            }
        }
        return false;
    }

    private static List<Page> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            List<Page> pages = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".xhtml")).sorted().toList()) {
                pages.add(new Page(file));
            }
            return pages;
        }
    }

    /** One Facelets file, read as XML. */
    private static final class Page {

        private final Path file;
        private final Document document;

        Page(Path file) {
            this.file = file;
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                document = factory.newDocumentBuilder().parse(file.toFile());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
        }

        List<Element> primeFaces(Set<String> names) {
            return elements(PRIMEFACES, names);
        }

        List<Element> primeFaces(Element within, Set<String> names) {
            return select(within.getElementsByTagNameNS(PRIMEFACES, "*"), names);
        }

        List<Element> elements(String namespace, Set<String> names) {
            return select(document.getElementsByTagNameNS(namespace, "*"), names);
        }

        private static List<Element> select(NodeList nodes, Set<String> names) {
            List<Element> found = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element element = (Element) nodes.item(i);
                if (names.contains(element.getLocalName())) {
                    found.add(element);
                }
            }
            return found;
        }

        /** The ids that a p:outputLabel names with {@code for}. */
        Set<String> labelledIds() {
            Set<String> ids = new HashSet<>();
            for (Element label : primeFaces(Set.of("outputLabel"))) {
                ids.add(label.getAttribute("for"));
            }
            return ids;
        }

        @Override
        public String toString() {
            return PAGES.relativize(file).toString();
        }
    }
}

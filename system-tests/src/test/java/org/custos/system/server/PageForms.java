package org.custos.system.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a rendered page, read from its HTML as a browser sees them: each JSF form's boxes (text, text areas,
 * date pickers, with their maxlength), lists, check boxes and radio buttons, hidden fields, and the buttons that
 * submit it, each with whether it posts by Ajax (PrimeFaces' {@code PrimeFaces.ab}) and what it processes and
 * updates. Forms for files (multipart), the menu, the confirmation dialog and the logout form are left out, and so are
 * buttons asking for a confirmation (the destructive ones, DESIGN: "a p:confirm on the button").
 */
final class PageForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>");
    private static final Pattern AJAX = Pattern.compile("PrimeFaces\\.ab\\(\\{(.*?)\\}\\)", Pattern.DOTALL);
    private static final Pattern AJAX_OPTION = Pattern.compile("\\b([spuf]):(?:\"|&quot;|')([^\"&']*)");

    /**
     * What a field is. {@code QUERY}: a box whose text is not the value the form keeps, so a refused form need not
     * show it again: the filter of a list, the search text of an auto-complete that takes only a choice it offered
     * ({@code forceSelection}: the browser clears other text), the shown box of a number field (the server reads its
     * hidden twin, and the browser lets only a number be typed).
     */
    enum Kind { TEXT, DATE, QUERY, SELECT, CHECKBOX, RADIO, HIDDEN }

    /** A field of a form: its name, what it is, its maxlength (0: none), its options, its value as rendered. */
    record Field(String name, Kind kind, int maxLength, List<String> options, String value) {
    }

    /** A button that submits the form: Ajax with what it processes and updates, or a full postback. */
    record Button(String name, String label, boolean ajax, String process, String update) {
    }

    /** A form of the page. */
    record Form(String id, String action, List<Field> fields, List<Button> buttons) {

        boolean takesText() {
            return fields.stream().anyMatch(field -> field.kind() == Kind.TEXT || field.kind() == Kind.DATE
                    || field.kind() == Kind.QUERY);
        }

        /**
         * Whether the button sends what is typed into a box of this form to the server: a full postback does, an Ajax
         * button only for the boxes it processes ({@code process="@this"} processes none: a row's "Change" button).
         */
        boolean takesTextBy(Button button) {
            if (!button.ajax()) {
                return takesText();
            }
            for (String processed : button.process().trim().split("[\\s,]+")) {
                if (processed.equals("@form") || processed.equals("@all") || processed.equals(id)) {
                    return takesText();
                }
                if (fields.stream().anyMatch(field -> (field.kind() == Kind.TEXT || field.kind() == Kind.DATE
                        || field.kind() == Kind.QUERY)
                        && (field.name().equals(processed) || field.name().startsWith(processed + ":")
                                || field.name().equals(processed + "_input")))) {
                    return true;
                }
            }
            return false;
        }
    }

    private PageForms() {
    }

    /** The forms of the page a user may fill in. */
    static List<Form> of(String html) {
        Map<String, Map<String, String>> ajax = new LinkedHashMap<>();
        Matcher calls = AJAX.matcher(html);
        while (calls.find()) {
            Map<String, String> options = new LinkedHashMap<>();
            Matcher option = AJAX_OPTION.matcher(calls.group(1));
            while (option.find()) {
                options.putIfAbsent(option.group(1), option.group(2));
            }
            if (options.containsKey("s")) {
                options.put("confirm", Boolean.toString(around(html, calls.start()).contains("confirm")));
                ajax.putIfAbsent(options.get("s"), options);
            }
        }
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            String id = attributes.getOrDefault("id", "");
            if (id.isEmpty() || id.equals("menu") || id.equals("confirm-dialog")
                    || attributes.getOrDefault("enctype", "").contains("multipart")
                    || !form.group(2).contains("jakarta.faces.ViewState")) {
                continue;
            }
            forms.add(new Form(id, unescape(attributes.getOrDefault("action", "")), fields(form.group(2)), buttons(form.group(2), id, ajax, html)));
        }
        return forms;
    }

    private static List<Field> fields(String body) {
        List<Field> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            String name = a.get("name");
            String type = a.getOrDefault("type", "text");
            if (name == null || a.containsKey("disabled") || name.equals("jakarta.faces.ViewState")
                    || name.equals("primefaces.nonce") || type.equals("submit") || type.equals("file")
                    || type.equals("button") || type.equals("image") || type.equals("reset")) {
                continue;
            }
            String value = unescape(a.getOrDefault("value", ""));
            boolean readOnly = a.containsKey("readonly");
            Kind kind = switch (type) {
                case "hidden" -> Kind.HIDDEN;
                case "checkbox" -> Kind.CHECKBOX;
                case "radio" -> Kind.RADIO;
                // a list's focus box (PrimeFaces' "_focus") takes keys to move in the list, never a value
                default -> readOnly || name.endsWith("_focus") ? Kind.HIDDEN : isDate(body, name, a) ? Kind.DATE
                        : isQuery(body, name) ? Kind.QUERY : Kind.TEXT;
            };
            int max = a.containsKey("maxlength") ? Integer.parseInt(a.get("maxlength")) : 0;
            fields.add(new Field(name, kind, max, List.of(value), value));
        }
        Matcher textarea = TEXTAREA.matcher(body);
        while (textarea.find()) {
            Map<String, String> a = attributes(textarea.group(1));
            if (a.get("name") != null && !a.containsKey("disabled")) {
                String value = unescape(textarea.group(2));
                fields.add(new Field(a.get("name"), a.containsKey("readonly") ? Kind.HIDDEN : Kind.TEXT,
                        a.containsKey("maxlength") ? Integer.parseInt(a.get("maxlength")) : 0, List.of(value), value));
            }
        }
        Matcher select = SELECT.matcher(body);
        while (select.find()) {
            Map<String, String> a = attributes(select.group(1));
            if (a.get("name") == null || a.containsKey("disabled")) {
                continue;
            }
            List<String> options = new ArrayList<>();
            String selected = "";
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                Map<String, String> o = attributes(option.group(1));
                String value = unescape(o.getOrDefault("value", ""));
                options.add(value);
                if (o.containsKey("selected")) {
                    selected = value;
                }
            }
            fields.add(new Field(a.get("name"), Kind.SELECT, 0, options, selected));
        }
        return fields;
    }

    /** A box whose text is not the form's value ({@link Kind#QUERY}). */
    private static boolean isQuery(String body, String name) {
        if (name.endsWith("_filter")) {
            return true;
        }
        if (!name.endsWith("_input")) {
            return false;
        }
        String component = name.substring(0, name.length() - "_input".length());
        if (body.contains("id=\"" + component + "\" class=\"ui-inputnumber") || Pattern.compile("id=\""
                + Pattern.quote(component) + "\"[^>]*class=\"ui-inputnumber").matcher(body).find()) {
            return true;
        }
        int widget = body.indexOf("id:\"" + component + "\"");
        if (widget < 0 || !Pattern.compile("id=\"" + Pattern.quote(component) + "\"[^>]*class=\"ui-autocomplete")
                .matcher(body).find()) {
            return false;
        }
        int end = body.indexOf("</script>", widget);
        return body.substring(widget, end < 0 ? Math.min(body.length(), widget + 2000) : end)
                .contains("forceSelection:true");
    }

    /** A PrimeFaces date picker's box: its name ends in _input and its component is a calendar. */
    private static boolean isDate(String body, String name, Map<String, String> attributes) {
        if (!name.endsWith("_input")) {
            return false;
        }
        String component = name.substring(0, name.length() - "_input".length());
        return body.contains("id=\"" + component + "\" class=\"ui-calendar")
                || body.contains("id=\"" + component + "\" class=\"ui-datepicker")
                || attributes.getOrDefault("class", "").contains("ui-datepicker")
                || body.contains("DatePicker(\"" + component) || body.contains("DatePicker('" + component)
                || body.contains("DatePicker\",\"" + component);
    }

    private static List<Button> buttons(String body, String formId, Map<String, Map<String, String>> ajax,
            String html) {
        List<Button> buttons = new ArrayList<>();
        List<Map<String, String>> candidates = new ArrayList<>();
        Matcher button = BUTTON.matcher(body);
        while (button.find()) {
            candidates.add(attributes(button.group(1)));
        }
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            if ("submit".equals(a.get("type"))) {
                candidates.add(a);
            }
        }
        for (Map<String, String> a : candidates) {
            String name = a.get("name");
            if (name == null || a.containsKey("disabled") || !"submit".equals(a.getOrDefault("type", "submit"))
                    || a.getOrDefault("onclick", "").contains("confirm")) {
                continue;
            }
            Map<String, String> call = ajax.get(name);
            if (call != null && Boolean.parseBoolean(call.get("confirm"))) {
                continue;
            }
            if (call == null && around(html, html.indexOf("'" + name + "','click'")).contains("confirm")) {
                continue;
            }
            String label = unescape(a.getOrDefault("aria-label", a.getOrDefault("value", a.getOrDefault("title", name))));
            buttons.add(call == null ? new Button(name, label, false, null, null)
                    : new Button(name, label, true, call.getOrDefault("p", formId), call.getOrDefault("u", "")));
        }
        return buttons;
    }

    /** The script around a position: a button's registered click handler. */
    private static String around(String html, int at) {
        if (at < 0) {
            return "";
        }
        int start = html.lastIndexOf("PrimeFaces.csp.register", at);
        int end = html.indexOf("</script>", at);
        return html.substring(Math.max(0, start < 0 ? at : start), end < 0 ? Math.min(html.length(), at + 500) : end);
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.putIfAbsent(attribute.group(1), attribute.group(2));
        }
        Matcher bare = Pattern.compile("\\s(disabled|readonly|selected|checked)(?=[\\s/>]|$)").matcher(tag);
        while (bare.find()) {
            attributes.putIfAbsent(bare.group(1), bare.group(1));
        }
        return attributes;
    }

    /** HTML text or an attribute's value as the browser reads it. */
    static String unescape(String html) {
        StringBuilder text = new StringBuilder(html.length());
        Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos|nbsp);").matcher(html);
        int last = 0;
        while (entity.find()) {
            text.append(html, last, entity.start());
            String name = entity.group(1);
            if (name.startsWith("#")) {
                try {
                    text.appendCodePoint(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1)));
                } catch (IllegalArgumentException e) {
                    text.append(entity.group());
                }
            } else {
                text.append(switch (name) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> "\u00a0";
                });
            }
            last = entity.end();
        }
        return text.append(html.substring(last)).toString();
    }
}

package org.custos.protection.rights.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import org.custos.protection.rights.api.ItemField;

/**
 * A review item's fields as stored: a JSON array of {"label", "value"} objects, in display order, with
 * "otherPerson" on a field the context said is another person's data (D3). The JSON provider
 * is found once: {@code Json}'s static methods look it up through the class path on every call (in Payara, a scan
 * of its modules), which was most of compiling a response's time.
 */
final class ItemFields {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ItemFields() {
    }

    static String json(List<ItemField> fields) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        fields.forEach(field -> {
            var object = JSON.createObjectBuilder().add("label", field.label()).add("value", field.value());
            if (field.otherPerson() != null) {
                object.add("otherPerson", field.otherPerson());
            }
            array.add(object);
        });
        return array.build().toString();
    }

    static List<ItemField> fields(String json) {
        if (json == null) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(field -> new ItemField(field.getString("label"), field.getString("value"),
                            field.getString("otherPerson", null))).toList();
        }
    }
}

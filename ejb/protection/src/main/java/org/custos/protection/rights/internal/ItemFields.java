package org.custos.protection.rights.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.custos.protection.rights.api.ItemField;

/** A review item's fields as stored: a JSON array of {"label", "value"} objects, in display order. */
final class ItemFields {

    private ItemFields() {
    }

    static String json(List<ItemField> fields) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        fields.forEach(field -> array.add(Json.createObjectBuilder().add("label", field.label())
                .add("value", field.value())));
        return array.build().toString();
    }

    static List<ItemField> fields(String json) {
        if (json == null) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(field -> new ItemField(field.getString("label"), field.getString("value"))).toList();
        }
    }
}

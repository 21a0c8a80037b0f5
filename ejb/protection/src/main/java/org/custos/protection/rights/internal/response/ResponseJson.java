package org.custos.protection.rights.internal.response;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable copy of a response pack (D3, and the portability format of D7): UTF-8 JSON, keys in the
 * order of the pack, dates ISO-8601, empty texts as {@code null}. A record's fields are an object from label to
 * value; a label that occurs more than once (two emergency contacts) maps to an array of its values, so that no
 * value is lost. The JSON provider is found once ({@code Json}'s static methods look it up on every call).
 */
public final class ResponseJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ResponseJson() {
    }

    public static byte[] of(PackContent pack) {
        JsonObject json = JSON.createObjectBuilder()
                .add("subject", text(pack.subjectName()))
                .add("request", JSON.createObjectBuilder()
                        .add("type", text(pack.requestType()))
                        .add("receivedOn", date(pack.receivedOn()))
                        .add("dueOn", date(pack.dueOn()))
                        .add("producedOn", date(pack.producedOn())))
                .add("data", data(pack.sections()))
                .add("withheld", withheld(pack.withheld()))
                .add("information", information(pack.information()))
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonWriter writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(bytes, StandardCharsets.UTF_8)) {
            writer.writeObject(json);
        }
        return bytes.toByteArray();
    }

    private static JsonArrayBuilder data(List<PackSection> sections) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (PackSection section : sections) {
            JsonArrayBuilder records = JSON.createArrayBuilder();
            for (PackItem item : section.items()) {
                records.add(JSON.createObjectBuilder()
                        .add("about", text(item.about()))
                        .add("type", text(item.recordType()))
                        .add("id", text(item.recordId()))
                        .add("redacted", item.redacted())
                        .add("redactionReason", text(item.redactionReason()))
                        .add("fields", fields(item.fields())));
            }
            data.add(JSON.createObjectBuilder().add("context", text(section.context())).add("records", records));
        }
        return data;
    }

    private static JsonObjectBuilder fields(List<PackField> fields) {
        Map<String, List<String>> valuesByLabel = new LinkedHashMap<>();
        for (PackField field : fields) {
            valuesByLabel.computeIfAbsent(field.label(), label -> new ArrayList<>()).add(field.value());
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        valuesByLabel.forEach((label, values) ->
                json.add(label, values.size() == 1 ? text(values.get(0)) : texts(values).build()));
        return json;
    }

    private static JsonArrayBuilder withheld(List<WithheldItem> items) {
        JsonArrayBuilder withheld = JSON.createArrayBuilder();
        for (WithheldItem item : items) {
            withheld.add(JSON.createObjectBuilder()
                    .add("context", text(item.context()))
                    .add("type", text(item.recordType()))
                    .add("ground", text(item.exemptionGround())));
        }
        return withheld;
    }

    private static JsonObjectBuilder information(SupplementaryInformation information) {
        JsonArrayBuilder purposes = JSON.createArrayBuilder();
        for (PurposeLine purpose : information.purposes()) {
            purposes.add(JSON.createObjectBuilder()
                    .add("name", text(purpose.name()))
                    .add("lawfulBasis", text(purpose.lawfulBasis()))
                    .add("description", text(purpose.description())));
        }
        return JSON.createObjectBuilder()
                .add("purposes", purposes)
                .add("dataCategories", texts(information.dataCategories()))
                .add("recipients", texts(information.recipients()))
                .add("sources", texts(information.sources()))
                .add("transfers", text(information.transfers()))
                .add("retention", texts(information.retention()))
                .add("automatedDecisions", text(information.automatedDecisions()));
    }

    private static JsonArrayBuilder texts(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(value -> array.add(text(value)));
        return array;
    }

    private static JsonValue date(LocalDate date) {
        return text(date == null ? null : date.toString());
    }

    private static JsonValue text(String value) {
        return value == null || value.isBlank() ? JsonValue.NULL : JSON.createValue(value);
    }
}

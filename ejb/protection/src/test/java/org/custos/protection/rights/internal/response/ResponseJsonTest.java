package org.custos.protection.rights.internal.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The machine-readable copy of a response pack (D3, D7). */
class ResponseJsonTest {

    private static JsonObject parsed(PackContent pack) {
        return parsed(ResponseJson.of(pack));
    }

    private static JsonObject parsed(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }

    @Test
    void theCopyNamesThePersonAndTheRequestWithIsoDates_D3() {
        JsonObject json = parsed(Packs.anAccessPackFor("Ann Smith"));

        assertEquals(List.of("subject", "request", "data", "withheld", "information"), List.copyOf(json.keySet()));
        assertEquals("Ann Smith", json.getString("subject"));
        JsonObject request = json.getJsonObject("request");
        assertEquals("Access", request.getString("type"));
        assertEquals("2025-10-01", request.getString("receivedOn"));
        assertEquals("2025-11-01", request.getString("dueOn"));
        assertEquals("2025-10-20", request.getString("producedOn"));
    }

    @Test
    void theCopyHoldsEachRecordByContextWithItsFieldsInOrderAndItsRedaction_D3() {
        JsonObject json = parsed(Packs.anAccessPackFor("Ann Smith"));

        JsonObject recruitment = json.getJsonArray("data").getJsonObject(0);
        assertEquals("Recruitment", recruitment.getString("context"));
        JsonObject application = recruitment.getJsonArray("records").getJsonObject(0);
        assertEquals("Application", application.getString("type"));
        assertEquals("A-17", application.getString("id"));
        assertFalse(application.getBoolean("redacted"));
        JsonObject fields = application.getJsonObject("fields");
        assertEquals(List.of("Campaign", "Applied on", "Status"), List.copyOf(fields.keySet()));
        assertEquals("Finance officer 2025", fields.getString("Campaign"));
        assertTrue(recruitment.getJsonArray("records").getJsonObject(1).getBoolean("redacted"));
        assertEquals("the other candidates' names removed", recruitment.getJsonArray("records").getJsonObject(1)
                .getString("redactionReason"));
        assertEquals("Your application for Finance officer, September 2025", recruitment.getJsonArray("records")
                .getJsonObject(0).getString("about"));
        assertEquals("People register", json.getJsonArray("data").getJsonObject(1).getString("context"));
    }

    @Test
    void aLabelThatRecursKeepsEveryValue_D7() {
        PackItem contacts = new PackItem("Your emergency contacts", "EmergencyContacts", "7", List.of(
                new PackField("Contact", "Bea"), new PackField("Relationship", "Sister"),
                new PackField("Contact", "Cal")), null);
        PackContent pack = new PackContent("Ann Smith", "Portability", Packs.RECEIVED, Packs.DUE, Packs.PRODUCED,
                List.of(new PackSection("Staff", List.of(contacts))), List.of(), Packs.anInformation());

        JsonObject fields = parsed(pack).getJsonArray("data").getJsonObject(0).getJsonArray("records")
                .getJsonObject(0).getJsonObject("fields");

        assertEquals(Json.createArrayBuilder().add("Bea").add("Cal").build(), fields.getJsonArray("Contact"));
        assertEquals("Sister", fields.getString("Relationship"));
    }

    @Test
    void aWithheldRecordIsListedWithItsGroundOnly_D3() {
        JsonObject json = parsed(Packs.anAccessPackFor("Ann Smith"));

        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("context", "Recruitment")
                .add("type", "Confidential reference").add("ground", "References given in confidence")).build(),
                json.getJsonArray("withheld"));
    }

    @Test
    void theCopyCarriesTheSupplementaryInformationWithNullForWhatThereIsNone_D3() {
        JsonObject information = parsed(Packs.anAccessPackFor("Ann Smith")).getJsonObject("information");

        JsonObject purpose = information.getJsonArray("purposes").getJsonObject(0);
        assertEquals("Recruitment", purpose.getString("name"));
        assertEquals("Steps before a contract", purpose.getString("lawfulBasis"));
        assertEquals("Assessing applications", purpose.getString("description"));
        assertEquals(JsonValue.NULL, information.getJsonArray("purposes").getJsonObject(1).get("description"));
        assertEquals(List.of("Contact details", "Employment history"),
                information.getJsonArray("dataCategories").getValuesAs(JsonString::getString));
        assertEquals("Hiring managers", information.getJsonArray("recipients").getString(0));
        assertEquals("Your referees", information.getJsonArray("sources").getString(1));
        assertEquals("Payroll provider in Canada, adequacy regulations", information.getString("transfers"));
        assertEquals("Unsuccessful applicants: 6 months after the campaign closes",
                information.getJsonArray("retention").getString(0));
        assertEquals(JsonValue.NULL, information.get("automatedDecisions"));
    }

    @Test
    void theCopyIsUtf8SoNamesKeepTheirAccents_D7() {
        byte[] bytes = ResponseJson.of(Packs.anAccessPackFor("Zoë Ó Briain"));

        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"Zoë Ó Briain\""));
        assertEquals("Zoë Ó Briain", parsed(bytes).getString("subject"));
    }
}

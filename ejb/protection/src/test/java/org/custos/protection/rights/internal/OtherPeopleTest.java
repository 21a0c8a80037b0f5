package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.custos.protection.rights.api.ItemField;
import org.junit.jupiter.api.Test;

/** D3: which names of the register a response's items could hold, and which they do. */
class OtherPeopleTest {

    @Test
    void theNamesLookedForAreTheRunsOfTwoToSixWordsFoldedAsTheRegisterKeepsNames_D3() {
        Set<String> candidates = OtherPeople.candidateNames(List.of(List.of(new ItemField("Note",
                "Desk assessed with ZOË Núñez-O'Brien, (manager)."))));
        assertTrue(candidates.contains("zoe nunez-o'brien"), candidates::toString);
        assertTrue(candidates.contains("with zoe nunez-o'brien manager"));
        assertTrue(candidates.stream().noneMatch(name -> name.contains(",") || name.contains("(")));
        assertTrue(candidates.stream().allMatch(name -> name.split(" ").length >= 2 && name.split(" ").length <= 6));
    }

    @Test
    void aPersonIsNamedInAnItemWhateverTheCaseAndAccentsOfTheText_D3() {
        List<ItemField> fields = List.of(new ItemField("Note", "Seen by ZOE NUNEZ"),
                new ItemField("Outcome", "Agreed"));
        assertEquals(List.of("Zoë Núñez"), OtherPeople.namedIn(fields, List.of("Zoë Núñez", "Ann Lee")));
    }

    @Test
    void aFieldItsContextMarksAsAnotherPersonsIsProposedWithheldWholeAndTheyAreListedFirst_D3() {
        String complainant = "Zoë Núñez, the complainant, who asked not to be named";
        List<ItemField> fields = List.of(new ItemField("Made by", "Zoë Núñez", complainant),
                new ItemField("What the complaint said", "Ann Lee and I saw it", complainant),
                new ItemField("Kind", "Staff conduct"), new ItemField("Note", "Ann Lee was there"));
        List<String> named = OtherPeople.namedIn(fields, List.of("Zoë Núñez", "Ann Lee"));

        assertEquals(List.of(complainant, "Ann Lee"), OtherPeople.concerned(fields, named),
                "the complainant once, by their context's words; another name found in the text after");
        assertEquals(List.of(new ItemField("Made by", OtherPeople.WITHHELD),
                new ItemField("What the complaint said", OtherPeople.WITHHELD), new ItemField("Kind", "Staff conduct"),
                new ItemField("Note", OtherPeople.REMOVED + " was there")), OtherPeople.withoutNames(fields, named));
        assertEquals(List.of(), OtherPeople.concerned(List.of(new ItemField("Kind", "Service")), List.of()),
                "nothing proposed where no other person is concerned");
    }

    @Test
    void theMarkOfAnotherPersonsDataSurvivesTheStoredForm_D3() {
        List<ItemField> fields = List.of(new ItemField("Made by", "Zoë Núñez", "the complainant"),
                new ItemField("Kind", "Service"));
        assertEquals(fields, ItemFields.fields(ItemFields.json(fields)));
    }
}

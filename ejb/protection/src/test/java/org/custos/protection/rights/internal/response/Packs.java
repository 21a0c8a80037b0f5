package org.custos.protection.rights.internal.response;

import java.time.LocalDate;
import java.util.List;

/** Response packs and refusals as the rights engine would fill them. */
final class Packs {

    static final LocalDate RECEIVED = LocalDate.of(2025, 10, 1);
    static final LocalDate DUE = LocalDate.of(2025, 11, 1);
    static final LocalDate PRODUCED = LocalDate.of(2025, 10, 20);

    private Packs() {
    }

    /**
     * An access pack for {@code name}: an application, a redacted interview note, a withheld confidential reference
     * and the information about two purposes.
     */
    static PackContent anAccessPackFor(String name) {
        PackSection recruitment = new PackSection("Recruitment", List.of(
                new PackItem("Application", "A-17", List.of(new PackField("Campaign", "Finance officer 2025"),
                        new PackField("Applied on", "3 Sep 2025"), new PackField("Status", "Shortlisted")), false),
                new PackItem("Interview note", "N-4", List.of(new PackField("Note", "Clear answers on budgeting")),
                        true)));
        PackSection register = new PackSection("People register", List.of(
                new PackItem("Person", "51", List.of(new PackField("Name", name),
                        new PackField("Email", "zoe@example.org")), false)));
        return new PackContent(name, "Access", RECEIVED, DUE, PRODUCED, List.of(recruitment, register),
                List.of(new WithheldItem("Recruitment", "Confidential reference", "References given in confidence")),
                anInformation());
    }

    static SupplementaryInformation anInformation() {
        return new SupplementaryInformation(
                List.of(new PurposeLine("Recruitment", "Steps before a contract", "Assessing applications"),
                        new PurposeLine("Equal opportunities monitoring", "Legal obligation", null)),
                List.of("Contact details", "Employment history"), List.of("Hiring managers"),
                List.of("You", "Your referees"), "Payroll provider in Canada, adequacy regulations",
                List.of("Unsuccessful applicants: 6 months after the campaign closes"), null);
    }

    /** A pack for someone the register holds nothing about. */
    static PackContent anEmptyPackFor(String name) {
        return new PackContent(name, "Access", RECEIVED, DUE, PRODUCED, List.of(), List.of(),
                new SupplementaryInformation(List.of(), List.of(), List.of(), List.of(), null, List.of(), null));
    }

    static RefusalContent aRefusalOf(String name, String reasons) {
        return new RefusalContent(name, "Access", RECEIVED, LocalDate.of(2025, 10, 24), "manifestly excessive",
                reasons);
    }
}

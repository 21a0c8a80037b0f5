package org.custos.protection.rights.internal.response;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.custos.protection.shared.letter.LetterBody;
import org.custos.protection.shared.letter.LetterDocument;
import org.custos.protection.shared.letter.Sender;

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
        String application = "Your application for Finance officer, September 2025";
        PackSection recruitment = new PackSection("Recruitment", List.of(
                new PackItem(application, "Application", "A-17", List.of(
                        new PackField("Campaign", "Finance officer 2025"), new PackField("Applied on", "3 Sep 2025"),
                        new PackField("Status", "Shortlisted")), null),
                new PackItem(application, "InterviewNote", "N-4", List.of(
                        new PackField("Note", "Clear answers on budgeting")), "the other candidates' names removed")));
        PackSection register = new PackSection("People register", List.of(
                new PackItem("Your details", "DataSubject", "51", List.of(new PackField("Name", name),
                        new PackField("Email", "zoe@example.org")), null)));
        return new PackContent(name, "Access", RECEIVED, DUE, PRODUCED, List.of(recruitment, register),
                List.of(new WithheldItem("Recruitment", "Confidential reference", "References given in confidence")),
                anInformation());
    }

    /** A letter from a fully set-up organisation to {@code name}, with the body {@code body} builds. */
    static LetterDocument aLetterTo(String name, Consumer<LetterBody> body) {
        LetterBody letter = new LetterBody().paragraph("Thank you for your request.");
        body.accept(letter);
        return new LetterDocument(ORGANISATION, "Your personal data", PRODUCED, name, letter.blocks(),
                "Response to an access request, version 1");
    }

    static final Sender ORGANISATION = new Sender("Northwind Trust", "1 High Street\nLeeds LS1 1AA", "ZA123456",
            null, "Dana Park", "dpm@northwind.example", "0113 496 0000", "Sam Reed", "Data Protection Manager");

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

}

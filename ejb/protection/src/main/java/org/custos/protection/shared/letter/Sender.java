package org.custos.protection.shared.letter;

import java.util.Arrays;
import java.util.List;

/**
 * Who a letter is from, as the organisation's settings say: the controller's name, postal address (lines) and ICO
 * registration number for the letterhead, with its logo (PNG or JPEG, null when none); the Data Protection
 * Manager's name and contact; the signatory's name and role for the signature block. A value not set is blank.
 */
public record Sender(String organisationName, String address, String icoNumber, byte[] logo, String dpmName,
        String dpmEmail, String dpmPhone, String signatoryName, String signatoryRole) {

    public Sender {
        organisationName = orBlank(organisationName);
        address = orBlank(address);
        icoNumber = orBlank(icoNumber);
        logo = logo == null || logo.length == 0 ? null : logo.clone();
        dpmName = orBlank(dpmName);
        dpmEmail = orBlank(dpmEmail);
        dpmPhone = orBlank(dpmPhone);
        signatoryName = orBlank(signatoryName);
        signatoryRole = orBlank(signatoryRole);
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** The address as its lines, blank lines left out. */
    public List<String> addressLines() {
        return Arrays.stream(address.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** "Registered with the Information Commissioner's Office: Z1234567", or blank when no number is set. */
    public String icoLine() {
        return icoNumber.isEmpty() ? "" : "Registered with the Information Commissioner's Office: " + icoNumber;
    }

    /** The Data Protection Manager and how to reach them, or blank when nothing is set. */
    public String dpmContactLine() {
        String contact = String.join(", ", List.of(dpmEmail, dpmPhone).stream().filter(s -> !s.isEmpty()).toList());
        if (dpmName.isEmpty() && contact.isEmpty()) {
            return "";
        }
        String who = dpmName.isEmpty() ? "Our Data Protection Manager" : "Our Data Protection Manager, " + dpmName;
        return contact.isEmpty() ? who : who + ": " + contact;
    }

    /** The lines below "Yours sincerely": the signatory, their role and the organisation, those set. */
    public List<String> signatureLines() {
        List<String> lines = List.of(signatoryName, signatoryRole.isEmpty() && signatoryName.isEmpty()
                ? "Data Protection Manager" : signatoryRole, organisationName);
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }

    private static String orBlank(String text) {
        return text == null ? "" : text.strip();
    }
}

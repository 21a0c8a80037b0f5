package org.custos.protection.shared.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter before it is laid out: from {@code sender}, titled {@code title}, dated {@code date}, to {@code to}
 * ("Dear ..."), its body, and {@code madeFrom}, which template version produced it ("Acknowledgement, version 3"),
 * kept in the document's properties.
 */
public record LetterDocument(Sender sender, String title, LocalDate date, String to, List<Block> body,
        String madeFrom) {

    public LetterDocument {
        body = List.copyOf(body);
    }
}

package org.custos.domain.document;

/** A document that is not accepted as an attachment; the message tells the user why. */
public class RefusedDocument extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedDocument(String message) {
        super(message);
    }
}

package org.custos.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentUploadValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Set<String> problems(DocumentUpload upload) {
        return validator.validate(upload).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void aNamedDocumentOfUpToTenMegabytesIsValid() {
        assertTrue(problems(new DocumentUpload("fit-note.pdf", new byte[DocumentUpload.MAX_BYTES])).isEmpty());
    }

    @Test
    void anEmptyOrLargerDocumentOrOneWithoutANameIsRefusedWithTheReason() {
        assertEquals(Set.of("The document must be at most 10 MB."),
                problems(new DocumentUpload("big.pdf", new byte[DocumentUpload.MAX_BYTES + 1])));
        assertEquals(Set.of("The document is empty: the file chosen has 0 bytes.", "The document has no name."),
                problems(new DocumentUpload(" ", new byte[0])));
    }
}

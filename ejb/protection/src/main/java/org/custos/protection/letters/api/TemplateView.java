package org.custos.protection.letters.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.shared.LetterKind;
import org.custos.security.api.AuditedRecord;

/** One version of a letter's template; {@code current} when letters use it (the newest). */
public record TemplateView(long id, LetterKind kind, int number, String title, String body, String savedBy,
        LocalDateTime savedAt, boolean current) implements Serializable, AuditedRecord {

    /** The placeholders this letter's template may use. */
    public List<String> placeholders() {
        return kind.placeholders();
    }

    /** "Acknowledgement of a request, version 3": which template produced a letter. */
    public String madeFrom() {
        return kind.label() + ", version " + number;
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}

package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;

/**
 * One item of a notice version's checklist (N1): present, with where in the notice, or not applicable, with why;
 * unanswered while {@code answer} is null.
 */
@Embeddable
public class NoticeItemRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeItem item;

    @Enumerated(EnumType.STRING)
    private NoticeItemAnswer answer;

    /** Where in the notice, or why it does not apply. */
    private String detail;

    protected NoticeItemRow() {
    }

    public NoticeItemRow(NoticeItem item, NoticeItemAnswer answer, String detail) {
        this.item = item;
        this.answer = answer;
        this.detail = detail;
    }

    public NoticeItem item() {
        return item;
    }

    public NoticeItemAnswer answer() {
        return answer;
    }

    public String detail() {
        return detail;
    }
}

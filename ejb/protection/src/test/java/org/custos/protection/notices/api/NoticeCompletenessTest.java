package org.custos.protection.notices.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;
import org.junit.jupiter.api.Test;

/** N1: a notice version is complete only when it states every item, or says why one does not apply. */
class NoticeCompletenessTest {

    private static List<ItemAnswer> everyItemPresent() {
        return new ArrayList<>(Arrays.stream(NoticeItem.values())
                .map(item -> new ItemAnswer(item, NoticeItemAnswer.PRESENT, "Section " + item.ordinal())).toList());
    }

    private static void replace(List<ItemAnswer> answers, ItemAnswer answer) {
        answers.replaceAll(old -> old.item() == answer.item() ? answer : old);
    }

    @Test
    void aVersionWithTextPurposesAndEveryItemPresentWithWhereIsComplete_N1() {
        NoticeCompleteness completeness = NoticeCompleteness.of(true, 2, everyItemPresent());
        assertTrue(completeness.complete());
        assertEquals(List.of(), completeness.problems());
    }

    @Test
    void anItemThatMayNotApplyIsCompleteWhenItSaysWhy_N1() {
        List<ItemAnswer> answers = everyItemPresent();
        replace(answers, new ItemAnswer(NoticeItem.WITHDRAW_CONSENT, NoticeItemAnswer.NOT_APPLICABLE,
                "No purpose of this notice rests on consent"));
        assertTrue(NoticeCompleteness.of(true, 1, answers).complete());
    }

    @Test
    void anUnansweredItemIsMissingAndNamedInWords_N1() {
        List<ItemAnswer> answers = everyItemPresent();
        answers.removeIf(answer -> answer.item() == NoticeItem.RETENTION);
        replace(answers, new ItemAnswer(NoticeItem.TRANSFERS, null, null));
        NoticeCompleteness completeness = NoticeCompleteness.of(true, 1, answers);
        assertFalse(completeness.complete());
        assertEquals(List.of(NoticeItem.TRANSFERS, NoticeItem.RETENTION), completeness.missing());
        assertEquals(List.of("Not yet answered on the checklist: transfers outside the UK and EEA, and their "
                + "safeguards; how long the data is kept, or how that is decided."), completeness.problems());
    }

    @Test
    void presentWithoutWhereAndNotApplicableWithoutWhyAreUnexplained_N1() {
        List<ItemAnswer> answers = everyItemPresent();
        replace(answers, new ItemAnswer(NoticeItem.RECIPIENTS, NoticeItemAnswer.PRESENT, " "));
        replace(answers, new ItemAnswer(NoticeItem.AUTOMATED_DECISIONS, NoticeItemAnswer.NOT_APPLICABLE, null));
        NoticeCompleteness completeness = NoticeCompleteness.of(true, 1, answers);
        assertFalse(completeness.complete());
        assertEquals(List.of(NoticeItem.RECIPIENTS, NoticeItem.AUTOMATED_DECISIONS), completeness.unexplained());
    }

    @Test
    void whatEveryNoticeMustStateCannotBeNotApplicable_N1() {
        List<ItemAnswer> answers = everyItemPresent();
        replace(answers, new ItemAnswer(NoticeItem.COMPLAINT_TO_ICO, NoticeItemAnswer.NOT_APPLICABLE, "Not needed"));
        replace(answers, new ItemAnswer(NoticeItem.RIGHTS, NoticeItemAnswer.NOT_APPLICABLE, "Not needed"));
        NoticeCompleteness completeness = NoticeCompleteness.of(true, 1, answers);
        assertFalse(completeness.complete());
        assertEquals(List.of(NoticeItem.RIGHTS, NoticeItem.COMPLAINT_TO_ICO), completeness.required());
        assertEquals("Version 2 cannot be issued: Every notice must state: the rights of access, rectification, "
                + "erasure, restriction and objection; the right to complain to the Information Commissioner's "
                + "Office.", completeness.refusal("Version 2 cannot be issued"));
    }

    @Test
    void aVersionWithoutTextOrPdfOrWithoutPurposesIsIncomplete_N1() {
        NoticeCompleteness empty = NoticeCompleteness.of(false, 0, everyItemPresent());
        assertFalse(empty.complete());
        assertEquals(List.of("The version has no text and no PDF.", "Choose the purposes the notice covers."),
                empty.problems());
    }

    @Test
    void everyItemOfN1IsOnTheChecklistInWords_N1() {
        assertEquals(13, NoticeItem.values().length);
        assertTrue(Arrays.stream(NoticeItem.values()).noneMatch(item -> item.label().contains("_")));
        assertEquals(List.of(NoticeItem.values()), NoticeCompleteness.of(true, 1, List.of()).missing());
    }
}

package org.custos.security.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * A request for the DPM's prior approval. It is about one person ({@code subjectId}) or a group the recording
 * context forms ({@code groupKey}; the server finds its label through {@link ApprovalGroups}); and either about a
 * special category of data (L4: {@code category} with the {@code condition}, the DPA 2018 Schedule 1 condition
 * where one applies, and the accounts besides the requester's that may use it, {@code alsoUsedBy}) or about HR or
 * finance data used outside HR (L5: {@code dataArea} and the {@code userAccount} that will use it).
 */
public record ApprovalRequestForm(
        Long subjectId,
        @Size(max = 120, message = "The group must have at most {max} characters.") String groupKey,
        SpecialCategory category,
        SpecialCategoryCondition condition,
        @Size(max = 300, message = "The Schedule 1 condition must have at most {max} characters.")
        String schedule1Condition,
        DataArea dataArea,
        @Size(max = 100, message = "The user name must have at most {max} characters.") String userAccount,
        @NotNull(message = "Choose the purpose the data is wanted for.") Long purposeId,
        @NotBlank(message = "Explain why the data is needed.")
        @Size(max = 4000, message = "The justification must have at most {max} characters.") String justification,
        @NotNull(message = "Enter until when the approval is wanted.") LocalDate wantedUntil,
        Set<String> alsoUsedBy) implements Serializable, ForPurpose {

    public ApprovalRequestForm {
        alsoUsedBy = alsoUsedBy == null ? Set.of() : Set.copyOf(alsoUsedBy);
    }

    /** L4: a special category for one person. */
    public static ApprovalRequestForm forPerson(long subjectId, SpecialCategory category,
            SpecialCategoryCondition condition, String schedule1Condition, Long purposeId, String justification,
            LocalDate wantedUntil) {
        return new ApprovalRequestForm(subjectId, null, category, condition, schedule1Condition, null, null,
                purposeId, justification, wantedUntil, Set.of());
    }

    /** L4: a special category for every person of a group, e.g. one campaign's conditional offers. */
    public static ApprovalRequestForm forGroup(String groupKey, SpecialCategory category,
            SpecialCategoryCondition condition, String schedule1Condition, Long purposeId, String justification,
            LocalDate wantedUntil) {
        return new ApprovalRequestForm(null, groupKey, category, condition, schedule1Condition, null, null,
                purposeId, justification, wantedUntil, Set.of());
    }

    /** L5: HR or finance data about one person, used by an account outside HR. */
    public static ApprovalRequestForm forUseOutsideHr(long subjectId, DataArea dataArea, String userAccount,
            Long purposeId, String justification, LocalDate wantedUntil) {
        return new ApprovalRequestForm(subjectId, null, null, null, null, dataArea, userAccount, purposeId,
                justification, wantedUntil, Set.of());
    }

    /** L4: the same request, naming the accounts besides the requester's that may use the approval. */
    public ApprovalRequestForm usableAlsoBy(Set<String> accounts) {
        return new ApprovalRequestForm(subjectId, groupKey, category, condition, schedule1Condition, dataArea,
                userAccount, purposeId, justification, wantedUntil, accounts);
    }

    @AssertTrue(message = "Name either one person or one group.")
    public boolean isScopeNamed() {
        return (subjectId == null) != (groupKey == null || groupKey.isBlank());
    }

    @AssertTrue(message = "Choose the category of data, or the HR or finance data and who will use it.")
    public boolean isDataNamed() {
        return category != null ? dataArea == null : dataArea != null && userAccount != null
                && !userAccount.isBlank();
    }

    /** L5 names its one user in {@code userAccount}. */
    @AssertTrue(message = "Only an approval of a category of data names other accounts that may use it.")
    public boolean isUsersForCategoryOnly() {
        return category != null || alsoUsedBy.isEmpty();
    }

    /** L4: special-category data needs one of the three conditions. */
    @AssertTrue(message = "Choose the condition: explicit consent, employment or social-security law, or legal "
            + "claims.")
    public boolean isConditionChosen() {
        return category == null || condition != null;
    }
}

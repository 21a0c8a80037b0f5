package org.custos.staff.internal;

import java.util.Optional;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.HrCaseSensitiveKind;
import org.custos.domain.shared.SpecialCategory;
import org.custos.security.api.DocumentUpload;

/**
 * Which special-category or criminal-records details an HR case may hold (L4, L6): those of its kind's category
 * ({@link HrCaseKind#sensitiveCategory()}), none for a grievance; an occupational-health report comes with its
 * document.
 */
final class CaseSensitiveRules {

    private CaseSensitiveRules() {
    }

    /** Why this detail cannot be recorded on a case of this kind; empty when it can. */
    static Optional<String> refusal(HrCaseKind caseKind, HrCaseSensitiveKind kind, DocumentUpload document) {
        Optional<SpecialCategory> category = caseKind.sensitiveCategory();
        if (category.isEmpty()) {
            return Optional.of("A grievance case holds no health or criminal-records details.");
        }
        if (category.get() != kind.category()) {
            return Optional.of(caseKind == HrCaseKind.CAPABILITY
                    ? "A capability case holds health details only: an offence or a conviction belongs to a"
                            + " disciplinary case."
                    : "A disciplinary case holds criminal-records details only: health details belong to a"
                            + " capability case.");
        }
        if (kind == HrCaseSensitiveKind.OCCUPATIONAL_HEALTH && document == null) {
            return Optional.of("Attach the occupational health report.");
        }
        return Optional.empty();
    }
}

package org.custos.protection.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.LetterKind;
import org.custos.protection.shared.letter.TemplateText;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/**
 * A template's next version: saved only over the newest one (another DPM's save in between is not overwritten
 * unseen) and only when its title and body use no placeholder but those its letter offers.
 */
final class TemplateVersions {

    private TemplateVersions() {
    }

    /**
     * The number of the version of {@code kind}'s template that follows the newest ({@code newestId}, numbered
     * {@code newestNumber}), saved over the version {@code basedOn}.
     *
     * @throws ConcurrentChange when {@code basedOn} is not the newest version
     * @throws RequestRefused when the title or body cannot be saved, saying why
     */
    static int next(LetterKind kind, long newestId, int newestNumber, long basedOn, String title, String body) {
        ConcurrentChange.check(newestId, basedOn, "This letter's template");
        Set<String> known = Set.copyOf(kind.placeholders());
        List<String> problems = new ArrayList<>(TemplateText.problems(title, known).stream()
                .map(problem -> "Title: " + problem).toList());
        problems.addAll(TemplateText.problems(body, known));
        if (!problems.isEmpty()) {
            throw new RequestRefused(String.join(" ", problems));
        }
        return newestNumber + 1;
    }
}

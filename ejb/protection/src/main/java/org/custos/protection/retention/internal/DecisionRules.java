package org.custos.protection.retention.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.custos.domain.protection.RetentionReviewItem;
import org.custos.protection.retention.api.RetentionAction;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.RetentionRule;

/**
 * R6: which disposals an item's rule offers (destroy always, and what its end offers besides), and why a disposal of
 * an item is refused: it is held, already decided or done, or its rule does not offer it.
 */
final class DecisionRules {

    private DecisionRules() {
    }

    /** Destroy, and the rule's own end when it offers more; destroy only for a rule no longer declared. */
    static List<RetentionAction> offered(Optional<RetentionRule> rule) {
        return rule.map(RetentionRule::atEnd).filter(end -> end != Disposal.DESTROY)
                .map(end -> List.of(RetentionAction.DESTROY, RetentionAction.valueOf(end.name())))
                .orElse(List.of(RetentionAction.DESTROY));
    }

    /** Whether a reviewer may still decide the item: waiting, extended, or failed and to be tried again. */
    static boolean decidable(RetentionReviewItem.State state) {
        return state == RetentionReviewItem.State.WAITING || state == RetentionReviewItem.State.EXTENDED
                || state == RetentionReviewItem.State.FAILED;
    }

    /** Why the disposal of the item is refused, or null when it may be decided. */
    static String refusal(RetentionReviewItem item, RetentionAction action, List<RetentionAction> offered,
            List<String> holds) {
        if (!decidable(item.state())) {
            return item.state() == RetentionReviewItem.State.DONE ? "it was carried out already."
                    : "it was decided already and is being carried out.";
        }
        if (!holds.isEmpty()) {
            return "held: " + String.join("; ", holds) + ".";
        }
        if (!offered.contains(action)) {
            return "its rule does not offer \"" + action.label().toLowerCase(Locale.ROOT)
                    + "\": destroy the records or extend their period.";
        }
        return null;
    }
}

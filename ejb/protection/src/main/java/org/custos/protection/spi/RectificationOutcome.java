package org.custos.protection.spi;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one context did with a rectification (D5): how many corrections it made, and each correction it could not
 * make with the reason (by the correction's id), never skipped in silence.
 */
public record RectificationOutcome(int corrected, Map<Long, String> refused) {

    public RectificationOutcome {
        refused = Map.copyOf(refused);
    }

    /** Counts a context's corrections as it makes or refuses them. */
    public static final class Tally {

        private int corrected;
        private final Map<Long, String> refused = new LinkedHashMap<>();

        public void corrected() {
            corrected++;
        }

        public void refused(Correction correction, String reason) {
            refused.put(correction.id(), reason);
        }

        /** Refuses the correction with the messages of the rules its value breaks; true when it breaks none. */
        public boolean valid(Correction correction, Set<? extends ConstraintViolation<?>> violations) {
            if (!violations.isEmpty()) {
                refused(correction, violations.stream().map(ConstraintViolation::getMessage).sorted()
                        .collect(Collectors.joining(" ")));
            }
            return violations.isEmpty();
        }

        public RectificationOutcome outcome() {
            return new RectificationOutcome(corrected, refused);
        }
    }
}

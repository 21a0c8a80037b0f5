package org.custos.protection.notices.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;

/**
 * One row of a version's checklist (N1): the item, whether the notice states it or it does not apply (null: not
 * answered yet), and where in the notice it is stated, or why it does not apply.
 */
public record ItemAnswer(@NotNull(message = "Each row of the checklist names its item.") NoticeItem item,
        NoticeItemAnswer answer,
        @Size(max = 1000, message = "Where the notice says it, or why it does not apply, must have at most {max} "
                + "characters.") String detail) implements Serializable {

    /** Whether the answer is given with its where or why. */
    public boolean explained() {
        return detail != null && !detail.isBlank();
    }
}

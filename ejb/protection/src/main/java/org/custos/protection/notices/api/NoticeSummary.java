package org.custos.protection.notices.api;

import java.io.Serializable;
import org.custos.domain.shared.NoticeAudience;

/** A row of the list of notices: the notice, its issued version (null if none) and its draft (null if none). */
public record NoticeSummary(long id, long version, NoticeAudience audience, String name,
        NoticeVersionSummary issued, NoticeVersionSummary draft) implements Serializable {
}

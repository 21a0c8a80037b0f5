package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.custos.domain.shared.RecordTypes;

/** What people read for a kind of record ({@code #{recordTypes.of('SensitiveRecord', 8)}}), from {@link RecordTypes}. */
@Named("recordTypes")
@ApplicationScoped
public class RecordTypeLabels {

    /** "Sensitive record, reference 8"; the kind alone without a reference. */
    public String of(String recordType, String recordId) {
        return RecordTypes.named(recordType, recordId);
    }

    /** The kinds of record a filter or a grant offers: code name to words, in the order of their words. */
    public Map<String, String> getKnown() {
        return RecordTypes.known();
    }
}

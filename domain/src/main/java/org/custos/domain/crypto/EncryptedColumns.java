package org.custos.domain.crypto;

import java.util.List;

/**
 * Every column that holds values encrypted under the data keys, so that a key rotation reaches them all: a new
 * encrypted column joins the rotation by an entry here. Each table has a single-column key and a {@code version}.
 */
public final class EncryptedColumns {

    /** One encrypted column ({@link EncryptedText} or {@link EncryptedBytes}) of one table, and the table's key. */
    public record Column(String table, String key, String name) {
    }

    public static final List<Column> ALL = List.of(
            new Column("sec_sensitive_record", "id", "content"),
            new Column("sec_sensitive_document", "id", "content"),
            new Column("sec_second_factor", "account_id", "secret"),
            new Column("rec_final_offer", "application_id", "account_holder"),
            new Column("rec_final_offer", "application_id", "sort_code"),
            new Column("rec_final_offer", "application_id", "account_number"),
            new Column("prot_review_item", "id", "content"),
            new Column("prot_correction", "id", "corrected_value"),
            new Column("prot_review_item", "id", "redacted_content"),
            new Column("prot_response_pack", "request_id", "json"),
            new Column("prot_response_pack", "request_id", "pdf"));

    private EncryptedColumns() {
    }
}

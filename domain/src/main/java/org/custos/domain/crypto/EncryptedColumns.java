package org.custos.domain.crypto;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every column that holds values encrypted under the data keys (X3), named once: entities seal and open their
 * values through their column here, bound to it and to their row, and a key rotation reaches them all. A new
 * encrypted column joins by an entry here. Each table has a single-column numeric key and a {@code version}.
 */
public final class EncryptedColumns {

    /** One encrypted column (a {@link Sealed} attribute) of one table, and the table's key. */
    public record Column(String table, String key, String name) {

        /** Where the value of this column in the row whose key is {@code row} is bound. */
        public Binding at(long row) {
            return new Binding(table, name, row);
        }

        /** The text encrypted under the current key for this column of {@code row}; null stays null. */
        public Sealed seal(String plaintext, long row) {
            return plaintext == null ? null : seal(plaintext.getBytes(StandardCharsets.UTF_8), row);
        }

        public Sealed seal(byte[] plaintext, long row) {
            return plaintext == null ? null : new Sealed(DataKeys.ring().encrypt(plaintext, at(row)));
        }

        /** @throws AlteredValue when the value was not stored in this column of {@code row} by Custos */
        public String open(Sealed sealed, long row) {
            return sealed == null ? null : new String(openBytes(sealed, row), StandardCharsets.UTF_8);
        }

        public byte[] openBytes(Sealed sealed, long row) {
            return sealed == null ? null : DataKeys.ring().decryptBytes(sealed.ciphertext(), at(row));
        }
    }

    public static final Column SENSITIVE_RECORD_CONTENT = new Column("sec_sensitive_record", "id", "content");
    public static final Column SENSITIVE_RECORD_DOCUMENT_NAME =
            new Column("sec_sensitive_record", "id", "document_name");
    public static final Column SENSITIVE_DOCUMENT_CONTENT = new Column("sec_sensitive_document", "id", "content");
    public static final Column SECOND_FACTOR_SECRET = new Column("sec_second_factor", "account_id", "secret");
    public static final Column FINAL_OFFER_ACCOUNT_HOLDER =
            new Column("rec_final_offer", "application_id", "account_holder");
    public static final Column FINAL_OFFER_SORT_CODE = new Column("rec_final_offer", "application_id", "sort_code");
    public static final Column FINAL_OFFER_ACCOUNT_NUMBER =
            new Column("rec_final_offer", "application_id", "account_number");
    public static final Column STAFF_ACCOUNT_HOLDER = new Column("stf_bank_details", "staff_file_id", "account_holder");
    public static final Column STAFF_SORT_CODE = new Column("stf_bank_details", "staff_file_id", "sort_code");
    public static final Column STAFF_ACCOUNT_NUMBER =
            new Column("stf_bank_details", "staff_file_id", "account_number");
    public static final Column STAFF_CHANGE_REPORT_VALUE = new Column("stf_change_report", "id", "new_value");
    public static final Column REVIEW_ITEM_CONTENT = new Column("prot_review_item", "id", "content");
    public static final Column REVIEW_ITEM_REDACTED_CONTENT = new Column("prot_review_item", "id", "redacted_content");
    public static final Column CORRECTION_VALUE = new Column("prot_correction", "id", "corrected_value");
    public static final Column RESPONSE_PACK_JSON = new Column("prot_response_pack", "request_id", "json");
    public static final Column RESPONSE_PACK_PDF = new Column("prot_response_pack", "request_id", "pdf");
    public static final Column RESPONSE_PACK_DOCX = new Column("prot_response_pack", "request_id", "docx");
    public static final Column COMPLAINT_DOCUMENT_NAME = new Column("cmp_document", "id", "file_name");
    public static final Column COMPLAINT_DOCUMENT_CONTENT = new Column("cmp_document_content", "id", "content");

    public static final List<Column> ALL = List.of(SENSITIVE_RECORD_CONTENT, SENSITIVE_RECORD_DOCUMENT_NAME,
            SENSITIVE_DOCUMENT_CONTENT, SECOND_FACTOR_SECRET, FINAL_OFFER_ACCOUNT_HOLDER, FINAL_OFFER_SORT_CODE,
            FINAL_OFFER_ACCOUNT_NUMBER, STAFF_ACCOUNT_HOLDER, STAFF_SORT_CODE, STAFF_ACCOUNT_NUMBER,
            STAFF_CHANGE_REPORT_VALUE, REVIEW_ITEM_CONTENT, REVIEW_ITEM_REDACTED_CONTENT, CORRECTION_VALUE,
            RESPONSE_PACK_JSON, RESPONSE_PACK_PDF, RESPONSE_PACK_DOCX, COMPLAINT_DOCUMENT_NAME,
            COMPLAINT_DOCUMENT_CONTENT);

    private EncryptedColumns() {
    }
}

package org.custos.domain.crypto;

import java.util.regex.Pattern;

/**
 * Where a value is stored: its table, its column and the key of its row. A ciphertext is bound to it (the associated
 * data of AES-GCM), so that copied to another row, another person's or another column it no longer decrypts.
 * Bindings come from {@link EncryptedColumns.Column#at(long)}.
 */
public record Binding(String table, String column, long row) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Binding {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a table and column name: " + table + "." + column);
        }
    }

    @Override
    public String toString() {
        return table + "." + column + " of row " + row;
    }
}

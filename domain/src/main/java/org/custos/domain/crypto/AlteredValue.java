package org.custos.domain.crypto;

/**
 * A stored value that does not decrypt where it is: it was changed, or copied from another row or column, outside
 * Custos. Its message names the table, column and row, never the value.
 */
public class AlteredValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AlteredValue(Binding binding, Throwable cause) {
        super("The value in " + binding + " does not decrypt there: it was changed, or copied from another row or "
                + "column, outside Custos", cause);
    }
}

package org.custos.staff.internal;

import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.CorrectableField;
import org.custos.staff.api.ChangeReportForm;
import org.custos.staff.api.OwnRecordView.OwnDetail;

/**
 * The details a member of staff sees and may report a change to (A1): those the register and the staff file list as
 * correctable for the person (D5), the same fields a rectification request may name; the account number shown
 * masked, as on the staff file.
 */
final class OwnDetails {

    /** The contexts whose fields are the person's own record as a member of staff. */
    static final List<DataContext> CONTEXTS = List.of(DataContext.REGISTER, DataContext.STAFF);

    private OwnDetails() {
    }

    static List<OwnDetail> shown(List<CorrectableField> fields) {
        return fields.stream().map(field -> new OwnDetail(field.context(), field.recordType(), field.recordId(),
                field.record(), field.field(), secret(field) ? StaffFileViews.masked(field.value()) : field.value()))
                .toList();
    }

    /** The field the form names, if it is one of the person's. */
    static Optional<CorrectableField> named(List<CorrectableField> fields, ChangeReportForm form) {
        return fields.stream().filter(field -> field.context().equals(form.context())
                && field.names(form.recordType(), form.recordId(), form.field())).findFirst();
    }

    private static boolean secret(CorrectableField field) {
        return field.recordType().equals("BankDetails") && field.field().equals("Account number");
    }
}

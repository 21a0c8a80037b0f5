package org.custos.staff.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;

/** A member of staff's category in the register (S2): a leaving date makes them a former member of staff. */
@Dependent
class StaffCategories {

    @EJB
    PeopleRegister register;

    /** Member of staff, or former member of staff when {@code leaver}; nothing changes when it already is. */
    void follow(long subjectId, boolean leaver) {
        SubjectDetails details = register.details(subjectId);
        SubjectForm form = details.data();
        Set<SubjectCategory> categories = EnumSet.copyOf(form.categories());
        categories.remove(leaver ? SubjectCategory.STAFF : SubjectCategory.FORMER_STAFF);
        categories.add(leaver ? SubjectCategory.FORMER_STAFF : SubjectCategory.STAFF);
        if (!categories.equals(form.categories())) {
            register.update(subjectId, details.version(), new SubjectForm(form.givenNames(), form.familyName(),
                    form.dateOfBirth(), form.emails(), form.phone(), form.addressLine1(), form.addressLine2(),
                    form.town(), form.postcode(), form.country(), categories, form.doNotContact(),
                    form.doNotContactReason()));
        }
    }
}

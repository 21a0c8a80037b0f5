package org.custos.protection.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Names;

/**
 * People as HR enters them on the register's form (S1-S3):
 * <pre>{@code
 * SubjectForm form = People.aPerson().named("Ann", "Lee").born(LocalDate.of(1980, 1, 2))
 *         .withEmail("ann.lee@example.org").as(SubjectCategory.JOB_APPLICANT).form();
 * SubjectDetails ann = People.aPerson().named("Ann", Names.unique("Lee")).registeredIn(register);
 * }</pre>
 * Unless told otherwise a person is Ada with a family name no other test uses, a member of staff living at
 * 1 High St, Leeds LS1 1AA, with no date of birth, email or phone.
 */
public final class People {

    private People() {
    }

    public static Person aPerson() {
        return new Person();
    }

    /** One person's form, filled in step by step. */
    public static final class Person {

        private String givenNames = "Ada";
        private String familyName = Names.unique("Doe");
        private LocalDate dateOfBirth;
        private final List<String> emails = new ArrayList<>();
        private boolean anEmailOfTheirOwn;
        private String phone;
        private String addressLine1 = "1 High St";
        private String town = "Leeds";
        private String postcode = "LS1 1AA";
        private Set<SubjectCategory> categories = Set.of(SubjectCategory.STAFF);
        private boolean doNotContact;
        private String doNotContactReason;

        private Person() {
        }

        /** Given names only; the family name stays one no other test uses. */
        public Person called(String givenNames) {
            this.givenNames = givenNames;
            return this;
        }

        public Person named(String givenNames, String familyName) {
            this.givenNames = givenNames;
            this.familyName = familyName;
            return this;
        }

        public Person born(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        /** Adds an email address, exactly as typed. */
        public Person withEmail(String email) {
            emails.add(email);
            return this;
        }

        /** Adds an email address made from the names, {@code given.family@example.org}, so as unique as they are. */
        public Person withAnEmail() {
            anEmailOfTheirOwn = true;
            return this;
        }

        public Person withPhone(String phone) {
            this.phone = phone;
            return this;
        }

        public Person livingAt(String addressLine1, String town, String postcode) {
            this.addressLine1 = addressLine1;
            this.town = town;
            this.postcode = postcode;
            return this;
        }

        /** The categories the person is in (S2), instead of staff. */
        public Person as(SubjectCategory first, SubjectCategory... more) {
            categories = EnumSet.of(first, more);
            return this;
        }

        /** In no category at all, which the form does not accept (S2). */
        public Person inNoCategory() {
            categories = Set.of();
            return this;
        }

        /** Asked not to be contacted (S3), for the reason given. */
        public Person notToBeContacted(String reason) {
            doNotContact = true;
            doNotContactReason = reason;
            return this;
        }

        public SubjectForm form() {
            List<String> all = new ArrayList<>(emails);
            if (anEmailOfTheirOwn) {
                all.add((givenNames + "." + familyName).toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org");
            }
            return new SubjectForm(givenNames, familyName, dateOfBirth, all, phone, addressLine1, null, town,
                    postcode, null, categories, doNotContact, doNotContactReason);
        }

        /** Registered by HR. */
        public SubjectDetails registeredIn(PeopleRegister register) throws Exception {
            SubjectForm form = form();
            return Callers.as(Role.HR, () -> register.registerConfirmed(form));
        }
    }
}

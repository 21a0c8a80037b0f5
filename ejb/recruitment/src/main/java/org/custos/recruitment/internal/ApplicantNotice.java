package org.custos.recruitment.internal;

import org.custos.domain.recruitment.Application;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.notices.api.NoticeOwedForm;

/**
 * The privacy notice an application owes (N2): an applicant who applied directly is given the job applicants' issued
 * notice with the form, the day it was received (owed that day if none is issued); an application from an agency or a
 * referrer owes it from the day received, due a month later or at the first contact.
 */
final class ApplicantNotice {

    private ApplicantNotice() {
    }

    static void record(NoticeLedger ledger, Application application) {
        if (application.source() == ApplicationSource.DIRECT) {
            ledger.collected(application.subjectId(), NoticeAudience.JOB_APPLICANTS, application.receivedOn(),
                    NoticeMethod.WITH_FORM, ApplicationViews.CONTEXT, application.id());
        } else {
            String source = application.source().label()
                    + (application.sourceName() == null ? "" : ": " + application.sourceName());
            ledger.obtained(application.subjectId(), NoticeAudience.JOB_APPLICANTS, application.receivedOn(),
                    source.length() > NoticeOwedForm.SOURCE_MAX ? source.substring(0, NoticeOwedForm.SOURCE_MAX)
                            : source, ApplicationViews.CONTEXT, application.id());
        }
    }
}

package org.custos.protection.processing.api;

/**
 * The columns of the record of processing, in the order and with the headings of the ICO's documentation template
 * for controllers, each under its group. What a row must have is {@link
 * org.custos.protection.purposes.api.Article30Completeness}'s to say.
 */
public enum Art30Column {

    BUSINESS_FUNCTION(Group.ARTICLE_30, "Business function"),
    PURPOSE(Group.ARTICLE_30, "Purpose of processing"),
    JOINT_CONTROLLER(Group.ARTICLE_30, "Name and contact details of joint controller (if applicable)"),
    INDIVIDUALS(Group.ARTICLE_30, "Categories of individuals"),
    PERSONAL_DATA(Group.ARTICLE_30, "Categories of personal data"),
    RECIPIENTS(Group.ARTICLE_30, "Categories of recipients"),
    PROCESSOR_CONTRACTS(Group.ARTICLE_30, "Link to contract with processor"),
    THIRD_COUNTRIES(Group.ARTICLE_30, "Names of third countries or international organisations that personal data"
            + " are transferred to (if applicable)"),
    SAFEGUARDS(Group.ARTICLE_30, "Safeguards for exceptional transfers of personal data to third countries or"
            + " international organisations (if applicable)"),
    RETENTION(Group.ARTICLE_30, "Retention schedule (if possible)"),
    SECURITY(Group.ARTICLE_30, "General description of technical and organisational security measures (if"
            + " possible)"),
    ARTICLE_6(Group.PRIVACY_NOTICE, "Article 6 lawful basis for processing personal data"),
    ARTICLE_9(Group.PRIVACY_NOTICE, "Article 9 basis for processing special category data"),
    LEGITIMATE_INTERESTS(Group.PRIVACY_NOTICE, "Legitimate interests for the processing (if applicable)"),
    INTERESTS_ASSESSMENT(Group.PRIVACY_NOTICE, "Link to record of legitimate interests assessment (if applicable)"),
    RIGHTS(Group.PRIVACY_NOTICE, "Rights available to individuals"),
    AUTOMATED_DECISIONS(Group.PRIVACY_NOTICE, "Existence of automated decision-making, including profiling (if"
            + " applicable)"),
    SOURCE(Group.PRIVACY_NOTICE, "The source of the personal data (if applicable)"),
    CONSENT_RECORDS(Group.CONSENT, "Link to record of consent"),
    LOCATION(Group.ACCESS_REQUESTS, "Location of personal data"),
    DPIA_REQUIRED(Group.DPIA, "Data Protection Impact Assessment required?"),
    DPIA_PROGRESS(Group.DPIA, "DPIA progress"),
    DPIA_LINK(Group.DPIA, "Link to DPIA"),
    BREACHES(Group.BREACHES, "Has a personal data breach occurred?"),
    BREACH_RECORDS(Group.BREACHES, "Link to record of personal data breach"),
    SCHEDULE_1(Group.DPA_2018, "Data Protection Act 2018 Schedule 1 condition for processing"),
    RETENTION_POLICY(Group.DPA_2018, "Link to retention and erasure policy document"),
    RETAINED_BY_POLICY(Group.DPA_2018, "Is personal data retained and erased in accordance with the policy"
            + " document?"),
    NOT_BY_POLICY_REASONS(Group.DPA_2018, "Reasons for not adhering to policy document (if applicable)");

    /** The template's groups of columns, as its first header row names them. */
    public enum Group {
        ARTICLE_30("Article 30 Record of Processing Activities"),
        PRIVACY_NOTICE("Privacy notice"),
        CONSENT("Consent"),
        ACCESS_REQUESTS("Access requests"),
        DPIA("Data Protection Impact Assessments"),
        BREACHES("Personal data breaches"),
        DPA_2018("Data Protection Act 2018");

        private final String heading;

        Group(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    private final Group group;
    private final String heading;

    Art30Column(Group group, String heading) {
        this.group = group;
        this.heading = heading;
    }

    public Group group() {
        return group;
    }

    public String heading() {
        return heading;
    }
}

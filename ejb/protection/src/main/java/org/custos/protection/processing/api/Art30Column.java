package org.custos.protection.processing.api;

/**
 * The columns of the record of processing, in the order and with the headings of the ICO's documentation template
 * for controllers, each under its group; {@code mandatory}: a row without it is incomplete (UK GDPR Art 30(1); the
 * conditional ones, such as the Article 9 condition when special-category data is held, are judged per row).
 */
public enum Art30Column {

    BUSINESS_FUNCTION(Group.ARTICLE_30, "Business function", false),
    PURPOSE(Group.ARTICLE_30, "Purpose of processing", true),
    JOINT_CONTROLLER(Group.ARTICLE_30, "Name and contact details of joint controller (if applicable)", false),
    INDIVIDUALS(Group.ARTICLE_30, "Categories of individuals", true),
    PERSONAL_DATA(Group.ARTICLE_30, "Categories of personal data", true),
    RECIPIENTS(Group.ARTICLE_30, "Categories of recipients", true),
    PROCESSOR_CONTRACTS(Group.ARTICLE_30, "Link to contract with processor", false),
    THIRD_COUNTRIES(Group.ARTICLE_30, "Names of third countries or international organisations that personal data"
            + " are transferred to (if applicable)", false),
    SAFEGUARDS(Group.ARTICLE_30, "Safeguards for exceptional transfers of personal data to third countries or"
            + " international organisations (if applicable)", false),
    RETENTION(Group.ARTICLE_30, "Retention schedule (if possible)", true),
    SECURITY(Group.ARTICLE_30, "General description of technical and organisational security measures (if"
            + " possible)", true),
    ARTICLE_6(Group.PRIVACY_NOTICE, "Article 6 lawful basis for processing personal data", true),
    ARTICLE_9(Group.PRIVACY_NOTICE, "Article 9 basis for processing special category data", false),
    LEGITIMATE_INTERESTS(Group.PRIVACY_NOTICE, "Legitimate interests for the processing (if applicable)", false),
    INTERESTS_ASSESSMENT(Group.PRIVACY_NOTICE, "Link to record of legitimate interests assessment (if applicable)",
            false),
    RIGHTS(Group.PRIVACY_NOTICE, "Rights available to individuals", false),
    AUTOMATED_DECISIONS(Group.PRIVACY_NOTICE, "Existence of automated decision-making, including profiling (if"
            + " applicable)", false),
    SOURCE(Group.PRIVACY_NOTICE, "The source of the personal data (if applicable)", false),
    CONSENT_RECORDS(Group.CONSENT, "Link to record of consent", false),
    LOCATION(Group.ACCESS_REQUESTS, "Location of personal data", false),
    DPIA_REQUIRED(Group.DPIA, "Data Protection Impact Assessment required?", false),
    DPIA_PROGRESS(Group.DPIA, "DPIA progress", false),
    DPIA_LINK(Group.DPIA, "Link to DPIA", false),
    BREACHES(Group.BREACHES, "Has a personal data breach occurred?", false),
    BREACH_RECORDS(Group.BREACHES, "Link to record of personal data breach", false),
    SCHEDULE_1(Group.DPA_2018, "Data Protection Act 2018 Schedule 1 condition for processing", false),
    RETENTION_POLICY(Group.DPA_2018, "Link to retention and erasure policy document", false),
    RETAINED_BY_POLICY(Group.DPA_2018, "Is personal data retained and erased in accordance with the policy"
            + " document?", false),
    NOT_BY_POLICY_REASONS(Group.DPA_2018, "Reasons for not adhering to policy document (if applicable)", false);

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
    private final boolean mandatory;

    Art30Column(Group group, String heading, boolean mandatory) {
        this.group = group;
        this.heading = heading;
        this.mandatory = mandatory;
    }

    public Group group() {
        return group;
    }

    public String heading() {
        return heading;
    }

    public boolean mandatory() {
        return mandatory;
    }
}

package org.custos.domain.shared;

/**
 * The screening questions of a data protection impact assessment: the indicators of processing likely to result in a
 * high risk, from UK GDPR Article 35(3), the ICO's list of processing that needs a DPIA, and the EDPB's nine criteria
 * (the ICO's guidance adopts them). Each is a question in plain English, answered yes or no.
 */
public enum HighRiskIndicator {
    // Article 35(3): a DPIA is always required
    PROFILING_WITH_LEGAL_EFFECTS(Source.ARTICLE_35, "profiling with legal or similar effects",
            "Does it evaluate people systematically and extensively by automated means, profiling included, and "
                    + "base decisions on it that affect them legally or as significantly?"),
    LARGE_SCALE_SENSITIVE_DATA(Source.ARTICLE_35, "special-category or criminal-offence data on a large scale",
            "Does it use special-category or criminal-offence data on a large scale?"),
    PUBLIC_MONITORING(Source.ARTICLE_35, "monitoring a public area on a large scale",
            "Does it monitor a publicly accessible area systematically and on a large scale (CCTV, for example)?"),
    // the ICO's list: a DPIA is required
    DENIAL_OF_SERVICE(Source.ICO, "decisions on access to a service or opportunity",
            "Does it decide whether people get a service, an opportunity or a benefit, by automated decisions, "
                    + "profiling or special-category data?"),
    LARGE_SCALE_PROFILING(Source.ICO, "profiling on a large scale", "Does it profile people on a large scale?"),
    DATA_MATCHING(Source.ICO, "data matching",
            "Does it combine, compare or match personal data obtained from several sources?"),
    INVISIBLE_PROCESSING(Source.ICO, "invisible processing",
            "Is the data obtained from someone other than the person, without giving them a privacy notice "
                    + "because that would be impossible or take disproportionate effort?"),
    TRACKING(Source.ICO, "tracking", "Does it track where people are or how they behave, online or offline?"),
    TARGETING_CHILDREN_OR_VULNERABLE(Source.ICO, "targeting children or vulnerable people",
            "Does it use children's or other vulnerable people's data for marketing or profiling, or offer online "
                    + "services directly to children?"),
    RISK_OF_PHYSICAL_HARM(Source.ICO, "risk of physical harm",
            "Could a breach of the data put someone's physical health or safety at risk?"),
    // the ICO's list: required with any of the EDPB's criteria
    BIOMETRIC_DATA(Source.ICO_WITH_A_CRITERION, "biometric data",
            "Does it use biometric data (fingerprints, face recognition) to identify people?"),
    GENETIC_DATA(Source.ICO_WITH_A_CRITERION, "genetic data", "Does it use genetic data?"),
    // the EDPB's nine criteria: two or more, and a DPIA is required
    EVALUATION_OR_SCORING(Source.EDPB, "evaluation or scoring",
            "Does it evaluate or score people, predicting for example their performance at work, reliability or "
                    + "behaviour?"),
    AUTOMATED_DECISIONS(Source.EDPB, "automated decisions with significant effects",
            "Are decisions made about people by automated means alone, with legal or similarly significant effects?"),
    SYSTEMATIC_MONITORING(Source.EDPB, "systematic monitoring",
            "Does it observe, monitor or control people systematically (at work, too)?"),
    SENSITIVE_DATA(Source.EDPB, "sensitive or highly personal data",
            "Does it use special-category or criminal-offence data, or other highly personal data (financial "
                    + "details, private communications)?"),
    LARGE_SCALE(Source.EDPB, "large scale",
            "Is it on a large scale: many people, much data, for a long time or over a wide area?"),
    MATCHED_DATA_SETS(Source.EDPB, "matched or combined data sets",
            "Does it match or combine data sets in ways the people would not reasonably expect?"),
    VULNERABLE_PEOPLE(Source.EDPB, "vulnerable people",
            "Is it about people less able to object or refuse: employees, children, patients, the elderly?"),
    INNOVATIVE_TECHNOLOGY(Source.EDPB, "innovative technology",
            "Does it use innovative technology or new organisational solutions (artificial intelligence, for "
                    + "example)?"),
    PREVENTS_A_RIGHT_OR_SERVICE(Source.EDPB, "prevents a right, service or contract",
            "Does it prevent people from exercising a right or from using a service or a contract?");

    /** Where an indicator comes from, which decides what it takes to make a DPIA required. */
    public enum Source {
        ARTICLE_35("UK GDPR Article 35(3)"),
        ICO("the ICO's list of processing likely to result in high risk"),
        ICO_WITH_A_CRITERION("the ICO's list, with any of the EDPB's criteria"),
        EDPB("the EDPB's nine criteria");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Source source;
    private final String label;
    private final String question;

    HighRiskIndicator(Source source, String label, String question) {
        this.source = source;
        this.label = label;
        this.question = question;
    }

    public Source source() {
        return source;
    }

    /** The indicator in a few words, as the reason for the outcome names it. */
    public String label() {
        return label;
    }

    /** The screening question, as the DPM answers it. */
    public String question() {
        return question;
    }
}

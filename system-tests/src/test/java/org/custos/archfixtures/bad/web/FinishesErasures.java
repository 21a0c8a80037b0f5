package org.custos.archfixtures.bad.web;

import org.custos.archfixtures.bad.security.api.SensitiveDataResumption;

/** A page erasing a person's sensitive records through the server's door for no one signed in: forbidden. */
public class FinishesErasures {

    public int erase(SensitiveDataResumption resumption, long subjectId) {
        return resumption.eraseAbout(subjectId, "someone");
    }
}

package org.custos.archfixtures.bad.security.api;

/** Stands in for the server's door to sensitive records when it finishes a rights request after a restart. */
public interface SensitiveDataResumption {

    int eraseAbout(long subjectId, String startedBy);
}

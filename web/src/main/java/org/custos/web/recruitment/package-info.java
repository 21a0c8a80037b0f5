/**
 * Recruitment pages (C1, C2): campaigns, their applicants, and an application with its documents, assessments,
 * checks, offer, consent and timeline. HR and the DPM see everything; hiring managers their own campaigns, which
 * the facades enforce.
 */
package org.custos.web.recruitment;

/**
 * Fixtures of the recruitment context that read like the domain: campaigns as HR opens them
 * ({@link org.custos.recruitment.testsupport.CampaignForms}, C1). People, the approval gate and the seeded purposes
 * come from the protection test-jar ({@code org.custos.protection.testsupport}). Nothing here is in any production
 * artifact.
 */
package org.custos.recruitment.testsupport;

package org.custos.relationships.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An organisation as our processor (X4): what it receives and why, its sub-processors, its conditions and its
 * agreement's versions; the register's categories of the people whose data it receives ({@code peopleHandled},
 * labels), counted when a breach touches it.
 */
public record ProcessorView(long organisationId, String organisationName, long version, String services,
        String dataCategories, Set<Long> purposeIds, List<String> purposes, String peopleCategories, String countries,
        LocalDate reviewOn, String reviewOnText, List<SubProcessorView> subProcessors, List<ConditionView> conditions,
        List<AgreementView> agreements, List<String> peopleHandled) {
}

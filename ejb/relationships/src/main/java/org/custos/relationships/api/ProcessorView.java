package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;

/**
 * An organisation as our processor (X4): what it receives and why, its sub-processors, its conditions and its
 * agreement's versions; the register's categories of the people whose data it receives ({@code peopleHandled},
 * counted when a breach touches it; {@code people}, their labels in order) and the note on anyone else (null when
 * none).
 */
public record ProcessorView(long organisationId, String organisationName, long version, String services,
        String dataCategories, Set<Long> purposeIds, List<String> purposes, Set<SubjectCategory> peopleHandled,
        List<String> people, String peopleNote, String countries, LocalDate reviewOn, String reviewOnText,
        List<SubProcessorView> subProcessors, List<ConditionView> conditions, List<AgreementView> agreements)
        implements Serializable {
}

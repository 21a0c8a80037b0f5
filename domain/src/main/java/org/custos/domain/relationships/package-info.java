/**
 * The relationships context's entities (tables {@code rel_*}, K1, R4): organisations we deal with as clients,
 * customers or suppliers, their contacts (people in the register, referenced by subject id, ADR 0002, with their role
 * and work details there), and the records of services provided, which name the person they were provided for only
 * until that person's data goes.
 * The processor register (X4): an organisation as our processor ({@code Processor}), the evidence of each of its
 * conditions ({@code ConditionEvidence}), the organisations it passes the data on to ({@code SubProcessor}) and
 * the versions of its agreement ({@code AgreementVersion}; one replaced in force names the version that replaced it);
 * the countries of both as typed and as ISO 3166 codes.
 * International transfers: how our data going to an organisation in a country outside the UK is safeguarded
 * ({@code Transfer}), and the UK's adequacy list the DPM keeps ({@code AdequateCountry}).
 */
package org.custos.domain.relationships;

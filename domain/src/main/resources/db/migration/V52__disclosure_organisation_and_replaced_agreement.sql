-- Issue 16: a disclosure may name an organisation of the register (D5, X4). Its id only: protection does not
-- reference the relationships context's tables (ADR 0002, ADR 0011); the organisation page lists its disclosures.
alter table prot_disclosure add column organisation_id bigint;
create index prot_disclosure_organisation_idx on prot_disclosure (organisation_id, disclosed_on);

-- A version of a processor's agreement in force ends when a later one comes into force: it is replaced, the
-- processor keeps the data under the new version, so no return or deletion is confirmed (X4, ADR 0011).
alter table rel_agreement_version add column replaced_by integer;
alter table rel_agreement_version add constraint rel_agreement_replaced
    check (replaced_by is null or state = 'ENDED');

-- A notice names the organisation as it is now and, after it, the recipient there as recorded (D5).
alter table prot_recipient_notice alter column recipient set data type varchar(600);

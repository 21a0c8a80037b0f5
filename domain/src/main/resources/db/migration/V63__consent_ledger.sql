-- L2 (issue 19, ADR 0015 decision 4): one consent ledger for every context. A row is one person's consent to one
-- purpose: the notice version they were given (null for consents recorded before notices had versions), the exact
-- wording they agreed to, how and when, the evidence (a stored document or a note), who recorded it; and on the
-- same row its withdrawal (how, when, who). A context that gives consent with one of its records (an application's
-- talent-pool consent, a contact's marketing consent) names it: context and record id. The notice version's foreign
-- key comes with the notices' table.
create sequence prot_consent_seq start with 50 increment by 50;

create table prot_consent (
    id                     bigint primary key,
    version                bigint        not null,
    subject_id             bigint        not null references core_data_subject (id) on delete cascade,
    purpose_id             bigint        not null references prot_purpose (id),
    notice_version_id      bigint,
    wording                varchar(4000) not null,
    method                 varchar(20)   not null,
    given_on               date          not null,
    evidence_note          varchar(2000),
    recorded_by            varchar(100)  not null,
    recorded_at            timestamp     not null,
    context                varchar(40),
    record_id              bigint,
    withdrawal_method      varchar(20),
    withdrawn_on           date,
    withdrawal_recorded_by varchar(100),
    withdrawal_recorded_at timestamp,
    constraint prot_consent_withdrawal check (withdrawn_on is null
        or (withdrawn_on >= given_on and withdrawal_recorded_by is not null
            and (withdrawal_method is not null or notice_version_id is null)))
);
create index prot_consent_subject_idx on prot_consent (subject_id);
create index prot_consent_record_idx on prot_consent (context, record_id);

-- The evidence of a consent kept as a document (ADR 0005): described here, its bytes apart from the ledger's lists.
create table prot_consent_document (
    consent_id  bigint primary key references prot_consent (id) on delete cascade,
    version     bigint       not null,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    content     bytea        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp    not null
);

-- A stop by withdrawn consent recorded on the ledger has no rights request behind it.
alter table prot_purpose_stop alter column request_id drop not null;

-- The talent pool (R1): an unsuccessful applicant kept for future vacancies, by consent. Seeded as the others are.
insert into prot_purpose (id, version, name, description, lawful_basis, li_interest, li_necessity, li_balance,
                          special_condition, review_date, seeded_default, updated_at, updated_by, context)
values (8, 0, 'Talent pool',
        'Keeping unsuccessful applicants who agreed to it, to consider them for future vacancies.',
        'CONSENT', null, null, null, null, '${seedReviewDate}', true, current_timestamp, 'system', 'recruitment');

-- Recruitment's talent-pool consents (the notice's text becomes the wording), one per application of a person still
-- in the register. How a consent copied here was withdrawn was never recorded, so it stays unknown (null): only a
-- consent from before the ledger, which names no notice version, may lack it.
insert into prot_consent (id, version, subject_id, purpose_id, notice_version_id, wording, method, given_on,
                          evidence_note, recorded_by, recorded_at, context, record_id,
                          withdrawal_method, withdrawn_on, withdrawal_recorded_by, withdrawal_recorded_at)
select nextval('prot_consent_seq'), 0, a.subject_id, 8, null, t.notice, t.method, t.given_on,
       'Recorded with the application before the consent ledger.', t.recorded_by, current_timestamp,
       'recruitment', t.application_id,
       null, t.withdrawn_on,
       case when t.withdrawn_on is null then null else coalesce(t.withdrawal_recorded_by, t.recorded_by) end,
       case when t.withdrawn_on is null then null else current_timestamp end
from rec_talent_pool_consent t join rec_application a on a.id = t.application_id
where a.subject_id is not null;

-- Contacts' marketing consents (the soft opt-in stays a basis on the contact).
insert into prot_consent (id, version, subject_id, purpose_id, notice_version_id, wording, method, given_on,
                          evidence_note, recorded_by, recorded_at, context, record_id,
                          withdrawal_method, withdrawn_on, withdrawal_recorded_by, withdrawal_recorded_at)
select nextval('prot_consent_seq'), 0, c.subject_id, 7, null, c.consent_notice, c.consent_method,
       c.consent_given_on, 'Recorded with the contact before the consent ledger.',
       coalesce(c.marketing_recorded_by, 'system'), current_timestamp, 'relationships', c.id,
       null, c.marketing_withdrawn_on,
       case when c.marketing_withdrawn_on is null then null
            else coalesce(c.marketing_withdrawn_by, c.marketing_recorded_by, 'system') end,
       case when c.marketing_withdrawn_on is null then null else current_timestamp end
from rel_contact c
where c.marketing_basis = 'CONSENT' and c.consent_notice is not null;

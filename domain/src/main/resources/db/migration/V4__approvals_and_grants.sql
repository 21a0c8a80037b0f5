-- The DPM's prior approvals (L4: special-category and criminal-records data; L5: HR or finance data used outside
-- HR), for one person or a group the recording context names (e.g. a campaign's conditional offers).
create sequence sec_approval_seq start with 50 increment by 50;
create table sec_approval (
    id                  bigint primary key,
    version             bigint        not null,
    subject_id          bigint references core_data_subject (id),
    group_key           varchar(120),
    group_label         varchar(200),
    category            varchar(40),
    data_area           varchar(20),
    user_account        varchar(100),
    purpose_id          bigint        not null references prot_purpose (id),
    legal_condition     varchar(40),
    schedule1_condition varchar(300),
    justification       varchar(4000) not null,
    wanted_until        date          not null,
    status              varchar(20)   not null,
    requested_by        varchar(100)  not null,
    requested_at        timestamp     not null,
    decided_by          varchar(100),
    decided_at          timestamp,
    valid_until         date,
    decision_reason     varchar(2000),
    revoked_by          varchar(100),
    revoked_at          timestamp,
    revocation_reason   varchar(2000),
    constraint sec_approval_scope check ((subject_id is null) <> (group_key is null)),
    constraint sec_approval_kind check ((category is null) <> (data_area is null))
);
create index sec_approval_subject_idx on sec_approval (subject_id);
create index sec_approval_group_idx on sec_approval (group_key);
create index sec_approval_status_idx on sec_approval (status);

-- Need to know (X1): which account may see which record or group of records, why and until when; a DPM
-- break-glass access is a grant flagged as such.
create sequence sec_access_grant_seq start with 50 increment by 50;
create table sec_access_grant (
    id           bigint primary key,
    version      bigint        not null,
    account      varchar(100)  not null,
    record_type  varchar(60)   not null,
    record_id    varchar(60),
    group_key    varchar(120),
    subject_id   bigint references core_data_subject (id),
    reason       varchar(2000) not null,
    valid_until  date          not null,
    break_glass  boolean       not null,
    granted_by   varchar(100)  not null,
    granted_at   timestamp     not null,
    revoked_by   varchar(100),
    revoked_at   timestamp,
    constraint sec_access_grant_scope check ((record_id is null) <> (group_key is null))
);
create index sec_access_grant_account_idx on sec_access_grant (account);

-- Foundation schema: the people register, accounts, the audit chain, purposes and settings.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode. Tables are prefixed by context.

create sequence core_data_subject_seq start with 50 increment by 50;
create table core_data_subject (
    id                   bigint primary key,
    version              bigint       not null,
    given_names          varchar(200) not null,
    family_name          varchar(200) not null,
    search_name          varchar(401) not null,
    date_of_birth        date,
    phone                varchar(40),
    address_line1        varchar(200),
    address_line2        varchar(200),
    address_town         varchar(100),
    address_postcode     varchar(20),
    address_country      varchar(100),
    do_not_contact       boolean      not null,
    do_not_contact_reason varchar(500),
    do_not_contact_since date,
    restricted           boolean      not null,
    created_at           timestamp    not null,
    created_by           varchar(100) not null,
    updated_at           timestamp    not null,
    updated_by           varchar(100) not null
);
create index core_data_subject_name_idx on core_data_subject (search_name);
create index core_data_subject_family_dob_idx on core_data_subject (family_name, date_of_birth);

create table core_subject_email (
    subject_id bigint       not null references core_data_subject (id) on delete cascade,
    email      varchar(254) not null,
    primary key (subject_id, email)
);
create index core_subject_email_idx on core_subject_email (email);

create table core_subject_category (
    subject_id bigint      not null references core_data_subject (id) on delete cascade,
    category   varchar(40) not null,
    primary key (subject_id, category)
);

create sequence sec_account_seq start with 50 increment by 50;
create table sec_account (
    id                  bigint primary key,
    version             bigint       not null,
    username            varchar(100) not null unique,
    display_name        varchar(200) not null,
    password_hash       varchar(500) not null,
    enabled             boolean      not null,
    last_login_at       timestamp,
    sessions_valid_from timestamp    not null,
    created_at          timestamp    not null
);

create table sec_account_role (
    account_id bigint      not null references sec_account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);

create table sec_login_throttle (
    username        varchar(100) primary key,
    version         bigint  not null,
    failures        integer not null,
    throttled_until timestamp
);

create table sec_audit_head (
    id            integer primary key,
    version       bigint      not null,
    last_position bigint      not null,
    last_mac      varchar(64) not null
);
insert into sec_audit_head (id, version, last_position, last_mac)
values (1, 0, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table sec_audit_entry (
    position     bigint primary key,
    version      bigint       not null,
    occurred_at  timestamp    not null,
    actor        varchar(100) not null,
    action       varchar(40)  not null,
    subject_id   bigint,
    record_type  varchar(60),
    record_id    varchar(60),
    purpose_id   bigint,
    outcome      varchar(20)  not null,
    detail       varchar(500),
    previous_mac varchar(64)  not null,
    mac          varchar(64)  not null
);
create index sec_audit_entry_subject_idx on sec_audit_entry (subject_id);
create index sec_audit_entry_actor_idx on sec_audit_entry (actor);
create index sec_audit_entry_time_idx on sec_audit_entry (occurred_at);

create sequence prot_purpose_seq start with 50 increment by 50;
create table prot_purpose (
    id                bigint primary key,
    version           bigint        not null,
    name              varchar(200)  not null unique,
    description       varchar(2000) not null,
    lawful_basis      varchar(40)   not null,
    li_interest       varchar(4000),
    li_necessity      varchar(4000),
    li_balance        varchar(4000),
    special_condition varchar(40),
    review_date       date          not null,
    seeded_default    boolean       not null,
    updated_at        timestamp     not null,
    updated_by        varchar(100)  not null
);

create table prot_setting (
    setting_key   varchar(100) primary key,
    version       bigint       not null,
    setting_value varchar(500) not null,
    updated_at    timestamp    not null,
    updated_by    varchar(100) not null
);

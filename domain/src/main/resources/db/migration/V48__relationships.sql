-- Clients, customers and suppliers (K1, R4; issue 16, first slice): organisations, their contacts (people in the
-- register, S1) and the records of services provided, which are kept past the relationship's end without the
-- contact's details (R4's exception).
create sequence rel_seq start with 50 increment by 50;

create table rel_organisation (
    id                  bigint primary key,
    version             bigint        not null,
    name                varchar(200)  not null,
    search_name         varchar(400)  not null,
    client              boolean       not null,
    customer            boolean       not null,
    supplier            boolean       not null,
    registration_number varchar(40),
    address             varchar(500),
    website             varchar(300),
    relationship_start  date,
    relationship_end    date,
    status              varchar(20)   not null,
    notes               varchar(2000),
    recorded_by         varchar(100)  not null,
    recorded_at         timestamp     not null,
    constraint rel_organisation_kind check (client or customer or supplier)
);
create index rel_organisation_name on rel_organisation (search_name, id);
create index rel_organisation_end on rel_organisation (relationship_end);

create table rel_contact (
    id              bigint primary key,
    version         bigint        not null,
    organisation_id bigint        not null references rel_organisation (id),
    subject_id      bigint        not null references core_data_subject (id),
    kind            varchar(20)   not null,
    role            varchar(200),
    work_email      varchar(254),
    work_phone      varchar(40),
    starts_on       date,
    ends_on         date,
    added_by        varchar(100)  not null,
    added_at        timestamp     not null
);
create index rel_contact_organisation on rel_contact (organisation_id);
create index rel_contact_subject on rel_contact (subject_id);

create table rel_service (
    id                 bigint primary key,
    version            bigint        not null,
    organisation_id    bigint        not null references rel_organisation (id),
    description        varchar(500)  not null,
    provided_on        date          not null,
    contact_subject_id bigint references core_data_subject (id),
    recorded_by        varchar(100)  not null,
    recorded_at        timestamp     not null
);
create index rel_service_organisation on rel_service (organisation_id, provided_on);
create index rel_service_contact on rel_service (contact_subject_id);

-- The processor register (X4; issue 16, second slice): what an organisation processing personal data for us
-- receives and why, the evidence for each of the seven conditions, and the versions of its agreement, each approved
-- by the DPM before it is signed; the organisations it passes the data on to (sub-processors).
create table rel_processor (
    id                bigint primary key,
    version           bigint        not null,
    organisation_id   bigint        not null unique references rel_organisation (id),
    services          varchar(1000) not null,
    data_categories   varchar(1000) not null,
    people_categories varchar(1000) not null,
    countries         varchar(500)  not null,
    review_on         date          not null,
    recorded_by       varchar(100)  not null,
    recorded_at       timestamp     not null
);

create table rel_processor_purpose (
    processor_id bigint not null references rel_processor (id),
    purpose_id   bigint not null references prot_purpose (id),
    primary key (processor_id, purpose_id)
);

create table rel_processor_condition (
    id           bigint primary key,
    version      bigint        not null,
    processor_id bigint        not null references rel_processor (id),
    kind         varchar(40)   not null,
    evidence     varchar(1000) not null,
    checked_on   date          not null,
    checked_by   varchar(100)  not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null,
    constraint rel_processor_condition_once unique (processor_id, kind)
);

create table rel_agreement_version (
    id               bigint primary key,
    version          bigint        not null,
    processor_id     bigint        not null references rel_processor (id),
    version_number   integer       not null,
    document         varchar(300)  not null,
    starts_on        date          not null,
    ends_on          date,
    notice_days      integer       not null,
    state            varchar(20)   not null,
    proposed_by      varchar(100)  not null,
    proposed_at      timestamp     not null,
    approved_by      varchar(100),
    approved_at      timestamp,
    approval_reason  varchar(2000),
    end_confirmation varchar(1000),
    constraint rel_agreement_version_number unique (processor_id, version_number)
);

create table rel_agreement_term (
    agreement_id bigint      not null references rel_agreement_version (id),
    term         varchar(40) not null,
    primary key (agreement_id, term)
);

-- The organisations a processor passes the data on to, with the countries where they hold it.
create table rel_sub_processor (
    id              bigint primary key,
    version         bigint       not null,
    processor_id    bigint       not null references rel_processor (id),
    organisation_id bigint       not null references rel_organisation (id),
    countries       varchar(500) not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamp    not null,
    constraint rel_sub_processor_once unique (processor_id, organisation_id)
);

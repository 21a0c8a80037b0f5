-- D7, L2: a purpose stopped for one person, by an objection to legitimate-interest use (unless compelling grounds are
-- recorded, and then it is kept with them) or by the withdrawal of consent, from a day on.
create table prot_purpose_stop (
    id                 bigint primary key,
    version            bigint        not null,
    subject_id         bigint        not null references core_data_subject (id) on delete cascade,
    purpose_id         bigint        not null references prot_purpose (id),
    request_id         bigint        not null references prot_rights_request (id),
    reason             varchar(30)   not null,
    since              date          not null,
    compelling_grounds varchar(4000),
    recorded_by        varchar(100)  not null,
    recorded_at        timestamp     not null
);
create index prot_purpose_stop_subject_idx on prot_purpose_stop (subject_id);

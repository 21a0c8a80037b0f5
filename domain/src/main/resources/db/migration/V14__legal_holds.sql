-- D5, R6: a legal hold keeps a person's records (in one context, or in every context when context is null) from
-- erasure while a claim or investigation needs them; erasure reports what it kept and why. Lifted holds stay as
-- evidence until the person is erased.
create sequence prot_legal_hold_seq start with 50 increment by 50;
create table prot_legal_hold (
    id          bigint primary key,
    version     bigint        not null,
    subject_id  bigint        not null references core_data_subject (id) on delete cascade,
    context     varchar(40),
    reason      varchar(2000) not null,
    placed_on   date          not null,
    placed_by   varchar(100)  not null,
    lifted_on   date,
    lifted_by   varchar(100)
);
create index prot_legal_hold_subject_idx on prot_legal_hold (subject_id);

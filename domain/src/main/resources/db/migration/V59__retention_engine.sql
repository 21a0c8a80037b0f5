-- The retention engine (R6, issue 18): runs that ask every context what is due, a lease so that one run happens at
-- a time however many servers share the database, the review queue (each due record once), the reviewers'
-- decisions kept as evidence without the destroyed data, and the versions of the retention schedule.
create sequence prot_retention_seq start with 50 increment by 50;

-- Who runs retention now and until when. A server takes the lease by updating the row while it is free or expired,
-- and renews it as it goes; a server killed mid-run leaves a lease that expires, and the next run starts over.
create table prot_retention_lease (
    name       varchar(40)  primary key,
    holder     varchar(200),
    run_id     bigint,
    expires_at timestamp
);
insert into prot_retention_lease (name) values ('retention');

create table prot_retention_run (
    id          bigint primary key,
    version     bigint       not null,
    as_of       date         not null,
    started_at  timestamp    not null,
    started_by  varchar(100) not null,
    finished_at timestamp,
    state       varchar(20)  not null
);
create index prot_retention_run_started on prot_retention_run (started_at desc, id desc);

-- What one run found in one context: its progress while it runs.
create table prot_retention_run_context (
    id          bigint primary key,
    version     bigint        not null,
    run_id      bigint        not null references prot_retention_run (id),
    context     varchar(40)   not null,
    found       integer       not null,
    queued      integer       not null,
    finished_at timestamp,
    failure     varchar(2000),
    constraint prot_retention_run_context_once unique (run_id, context)
);

-- A record due for review, once however often runs find it: waiting for a decision, extended to a date, decided and
-- waiting to be carried out, done, or failed (visibly not done; it may be tried again).
create table prot_retention_item (
    id             bigint primary key,
    version        bigint        not null,
    context        varchar(40)   not null,
    record_type    varchar(60)   not null,
    record_id      varchar(60)   not null,
    rule_key       varchar(100)  not null,
    subject_id     bigint        not null,
    due_on         date          not null,
    reason         varchar(1000) not null,
    run_id         bigint        not null references prot_retention_run (id),
    queued_at      timestamp     not null,
    state          varchar(20)   not null,
    decision       varchar(20),
    extended_until date,
    constraint prot_retention_item_once unique (context, record_type, record_id, rule_key)
);
create index prot_retention_item_queue on prot_retention_item (state, context, rule_key, due_on, id);
create index prot_retention_item_subject on prot_retention_item (subject_id, state);

-- Every decision on an item, kept as evidence without the destroyed data: the action (destroy, summarise,
-- anonymise, extend with its reason and new date), who and when, the schedule version that applied, and once
-- carried out, how many records went, what was kept and why, or why it failed, and a SHA-256 of the record set
-- as it was before it went.
create table prot_retention_decision (
    id                bigint primary key,
    version           bigint        not null,
    item_id           bigint        not null references prot_retention_item (id),
    action            varchar(20)   not null,
    extension_reason  varchar(30),
    note              varchar(2000),
    extended_until    date,
    schedule_version  integer       not null,
    decided_by        varchar(100)  not null,
    decided_at        timestamp     not null,
    carried_out_at    timestamp,
    records           integer,
    kept              varchar(4000),
    failure           varchar(2000),
    record_set_sha256 char(64)
);
create index prot_retention_decision_item on prot_retention_decision (item_id, id);
create index prot_retention_decision_done on prot_retention_decision (carried_out_at, id);

-- The retention schedule's versions: version 1 is the policy's defaults; every change of a retention period makes
-- the next, with what changed.
create table prot_retention_schedule_version (
    number      integer      primary key,
    changed_at  timestamp    not null,
    changed_by  varchar(100) not null,
    setting_key varchar(100),
    old_value   varchar(40),
    new_value   varchar(40)
);
insert into prot_retention_schedule_version (number, changed_at, changed_by)
values (1, current_timestamp, 'policy defaults');

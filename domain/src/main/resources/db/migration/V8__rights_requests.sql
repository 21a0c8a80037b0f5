-- Rights requests (D1-D7): the request and its clock (pauses while waiting for identity, clarification or a fee;
-- the extension and its notice; refusal), the review workspace compiled from every context (items encrypted like
-- sensitive records, X3: they copy any data the person has), and the response pack kept as evidence. The subject is
-- referenced without a foreign key: the request outlives an erasure it carries out.
create sequence prot_request_seq start with 50 increment by 50;

create table prot_rights_request (
    id                      bigint primary key,
    version                 bigint        not null,
    subject_id              bigint        not null,
    request_type            varchar(30)   not null,
    channel                 varchar(30)   not null,
    representative          varchar(500),
    asked                   varchar(4000) not null,
    received_on             date          not null,
    identity                varchar(30)   not null,
    identity_verified_on    date,
    extension_reason        varchar(2000),
    extended_on             date,
    extension_notice_on     date,
    refusal_ground          varchar(30),
    refusal_reasons         varchar(4000),
    refused_on              date,
    fee_pence               integer,
    fee_reason              varchar(500),
    scope_note              varchar(2000),
    compile_state           varchar(20)   not null,
    compiled_contexts       integer       not null,
    total_contexts          integer       not null,
    responded_on            date,
    created_by              varchar(100)  not null,
    created_at              timestamp     not null
);
create index prot_rights_request_subject_idx on prot_rights_request (subject_id);

create table prot_request_pause (
    id          bigint primary key,
    version     bigint      not null,
    request_id  bigint      not null references prot_rights_request (id) on delete cascade,
    reason      varchar(20) not null,
    stopped_on  date        not null,
    resumed_on  date
);
create index prot_request_pause_request_idx on prot_request_pause (request_id);

create table prot_review_item (
    id               bigint primary key,
    version          bigint       not null,
    request_id       bigint       not null references prot_rights_request (id) on delete cascade,
    context          varchar(40)  not null,
    record_type      varchar(60)  not null,
    record_id        varchar(60)  not null,
    content          text         not null,
    decision         varchar(20),
    redacted_content text,
    exemption_ground varchar(500),
    decided_by       varchar(100),
    decided_at       timestamp
);
create index prot_review_item_request_idx on prot_review_item (request_id);

create table prot_response_pack (
    request_id  bigint primary key references prot_rights_request (id) on delete cascade,
    version     bigint       not null,
    kind        varchar(20)  not null,
    json        text,
    pdf         text         not null,
    produced_on date         not null,
    produced_by varchar(100) not null
);

-- Which context's records serve a purpose, so that a response names the purposes of the person's data.
alter table prot_purpose add column context varchar(40);
update prot_purpose set context = 'recruitment' where id = 1;
update prot_purpose set context = 'staff' where id in (2, 3);
update prot_purpose set context = 'relationships' where id in (4, 5);
update prot_purpose set context = 'complaints' where id = 6;

-- What acting on a request did in each context (D5, D6): records erased, and what was kept and why.
create table prot_request_outcome (
    id          bigint primary key,
    version     bigint        not null,
    request_id  bigint        not null references prot_rights_request (id) on delete cascade,
    context     varchar(40)   not null,
    action      varchar(20)   not null,
    done        integer       not null,
    kept        varchar(4000),
    happened_at timestamp     not null
);
create index prot_request_outcome_request_idx on prot_request_outcome (request_id);

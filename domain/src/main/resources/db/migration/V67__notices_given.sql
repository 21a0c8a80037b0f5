-- N2 (issue 19, ADR 0015 decision 3): which version of a privacy notice each person was given, and when. A row is
-- one notice owed to or given to one person: the notice (its audience), the version given (null while owed and
-- none given), the day given and how (null while owed), who recorded it; whether the data came from the person, the
-- day it was obtained (collected) and from whom, the day of the first communication with them or first disclosure
-- of their data, and the day the notice is due (the calendar's rule, kept so that the notices owed are listed and
-- paged in SQL). A context that collected the data with one of its records names it: context and record id.
create sequence prot_notice_given_seq start with 50 increment by 50;

create table prot_notice_given (
    id                 bigint primary key,
    version            bigint        not null,
    subject_id         bigint        not null references core_data_subject (id) on delete cascade,
    notice_id          bigint        not null references prot_notice (id),
    notice_version_id  bigint        references prot_notice_version (id),
    from_person        boolean       not null,
    obtained_on        date          not null,
    source             varchar(200),
    first_contact_on   date,
    due_on             date          not null,
    given_on           date,
    method             varchar(20),
    context            varchar(40),
    record_id          bigint,
    recorded_by        varchar(100)  not null,
    recorded_at        timestamp     not null,
    constraint prot_notice_given_how check ((given_on is null and method is null and notice_version_id is null)
        or (given_on is not null and method is not null and notice_version_id is not null)),
    constraint prot_notice_given_contact check (first_contact_on is null or first_contact_on >= obtained_on)
);
-- The notices owed, by the day they are due (the DPM's home page); a person's history; a version's recipients (a
-- new version sent to everyone who had the old one); a context's record.
create index prot_notice_given_due_idx on prot_notice_given (given_on, due_on);
create index prot_notice_given_subject_idx on prot_notice_given (subject_id, notice_id);
create index prot_notice_given_version_idx on prot_notice_given (notice_version_id, subject_id);
create index prot_notice_given_record_idx on prot_notice_given (context, record_id);

-- A new version sent to everyone who had an older one, in the background (ADR 0015 decision 3): which versions, how
-- and on which day, how many people in all and how many done so far, its state (running, done), who started it and
-- when, when it finished. Each batch is its own transaction; a run cut short resumes with the people not yet given
-- the new version.
create sequence prot_notice_send_seq start with 50 increment by 50;

create table prot_notice_send (
    id               bigint primary key,
    version          bigint       not null,
    from_version_id  bigint       not null references prot_notice_version (id),
    to_version_id    bigint       not null references prot_notice_version (id),
    method           varchar(20)  not null,
    given_on         date         not null,
    people_total     integer      not null,
    people_done      integer      not null,
    state            varchar(20)  not null,
    started_by       varchar(100) not null,
    started_at       timestamp    not null,
    finished_at      timestamp
);
create index prot_notice_send_state_idx on prot_notice_send (state);

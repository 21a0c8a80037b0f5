-- X2: the audit chain's head carries its own MAC, so that removing the last entries and moving the head back to
-- an earlier entry is detected. Null until the application seals the head with the audit key at its next start.
alter table sec_audit_head add column mac varchar(64);

-- X2: the people a search or list showed, one row each, so that a person's history lists every result they
-- appeared in. The entry's MAC covers them.
create table sec_audit_entry_shown (
    position   bigint not null references sec_audit_entry (position),
    subject_id bigint not null,
    primary key (position, subject_id)
);
create index sec_audit_entry_shown_subject_idx on sec_audit_entry_shown (subject_id);

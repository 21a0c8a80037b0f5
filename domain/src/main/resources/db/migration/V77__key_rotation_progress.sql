-- A re-encryption under the current data key under way (X3, issue 20): started by the administrator's "re-encrypt",
-- finished when no value is left under an older key; one that is not finished is resumed at the server's start, by
-- one server at a time (the lease, as prot_notice_send has).
create table sec_key_rotation (
    key_id           varchar(40)  primary key,
    started_by       varchar(200) not null,
    started_at       timestamp    not null,
    finished_at      timestamp,
    lease_holder     varchar(200),
    lease_expires_at timestamp
);

-- Accounts and their hardening (X6, ASVS 2.x, 4.x). Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- A password set by the administrator must be changed by its holder at the next login.
alter table sec_account add column password_change_due boolean default false not null;

-- An account's second factor (TOTP, RFC 6238): its secret, encrypted under the data keys (X3), and the time step
-- of the last code accepted, so that no code is accepted twice.
create table sec_second_factor (
    account_id bigint primary key references sec_account (id) on delete cascade,
    version    bigint       not null,
    secret     varchar(500) not null,
    enabled_at timestamp    not null,
    last_step  bigint       not null
);

-- X6: a change of an account that gives it a role seeing personal data, or a new password for such an account,
-- waits here for the DPM's confirmation (one waiting change of each kind per account). What was decided is in
-- the audit trail.
create sequence sec_account_change_seq start with 50 increment by 50;
create table sec_account_change (
    id            bigint primary key,
    version       bigint       not null,
    account_id    bigint       not null references sec_account (id) on delete cascade,
    kind          varchar(20)  not null,
    roles_wanted  varchar(200),
    password_hash varchar(500),
    requested_by  varchar(100) not null,
    requested_at  timestamp    not null,
    constraint sec_account_change_one unique (account_id, kind)
);

-- Failed logins are counted per user name and client address, and per client address: one person cannot lock an
-- account out for everyone. Counters without a failure for a while are deleted. They are transient, so the old
-- table (per user name) is replaced.
drop table sec_login_throttle;
create table sec_login_throttle (
    throttle_key    varchar(200) primary key,
    version         bigint    not null,
    failures        integer   not null,
    last_failure_at timestamp not null,
    throttled_until timestamp
);
create index sec_login_throttle_last_idx on sec_login_throttle (last_failure_at);

-- L4: who may use an approval besides the account that asked for it.
create table sec_approval_user (
    approval_id bigint       not null references sec_approval (id) on delete cascade,
    account     varchar(100) not null,
    primary key (approval_id, account)
);

-- A group's label now comes from the context that forms the group (e.g. "Conditional offers of the campaign "
-- and a title of up to 200 characters).
alter table sec_approval alter column group_label set data type varchar(300);

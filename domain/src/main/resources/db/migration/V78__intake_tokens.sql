-- Intake tokens: one per client system that sends data in through the API (the website's form, say). Only the
-- token's SHA-256 hash is kept; the token itself is shown once, when made. Scopes by name, comma-separated.
create sequence sec_intake_token_seq start with 50 increment by 50;
create table sec_intake_token (
    id           bigint primary key,
    version      bigint       not null,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    scopes       varchar(100) not null,
    created_by   varchar(100) not null,
    created_at   timestamp    not null,
    last_used_at timestamp,
    revoked_by   varchar(100),
    revoked_at   timestamp,
    constraint sec_intake_token_hash unique (token_hash)
);

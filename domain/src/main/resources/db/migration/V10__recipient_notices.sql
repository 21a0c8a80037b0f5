-- D5, D6: the recipients of a person's data to tell about a rectification, erasure or restriction, copied from the
-- disclosure log when the request is acted on (the log itself may go with an erasure), and when each was told.
create table prot_recipient_notice (
    id           bigint primary key,
    version      bigint        not null,
    request_id   bigint        not null references prot_rights_request (id) on delete cascade,
    recipient    varchar(300)  not null,
    disclosed    varchar(2000) not null,
    disclosed_on date          not null,
    told_on      date
);
create index prot_recipient_notice_request_idx on prot_recipient_notice (request_id);

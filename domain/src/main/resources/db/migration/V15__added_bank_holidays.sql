-- D2, N2: bank holidays the DPM adds to the shipped England-and-Wales list (one-off days proclaimed later, and
-- the years after the shipped ones), which every deadline then skips like the others.
create table prot_bank_holiday (
    holiday_on date          primary key,
    version    bigint        not null,
    name       varchar(200)  not null,
    added_by   varchar(100)  not null,
    added_at   timestamp     not null
);

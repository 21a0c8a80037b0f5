-- The day whose email reminders went (issue 21): every server has the daily timer, and the first to move this day on
-- sends them, so two servers sharing the database send each reminder once.
create table prot_reminders_day (
    name     varchar(40)  primary key,
    last_day date,
    sent_by  varchar(200)
);
insert into prot_reminders_day (name) values ('daily');

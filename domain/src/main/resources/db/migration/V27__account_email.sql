-- An account's email address, where its holder gets the daily reminders (rights requests due, breach deadlines,
-- approvals ending, extension notices). Optional: an account without one gets no reminders.
alter table sec_account add column email varchar(254);

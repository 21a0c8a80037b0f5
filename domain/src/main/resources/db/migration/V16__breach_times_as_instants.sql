-- X5: a breach's times become instants, so that its 72 hours are elapsed hours across a clock change. They were
-- London local times; the session's zone is London while the columns change type, so each value is read as
-- London time: PostgreSQL and H2 both convert a timestamp to a timestamp with time zone in the session's zone
-- (a time in the hour the autumn change repeats is winter time for PostgreSQL, summer time for H2).
set time zone 'Europe/London';

alter table prot_breach alter column occurred_at set data type timestamp with time zone;
alter table prot_breach alter column aware_at set data type timestamp with time zone;
alter table prot_breach alter column decided_at set data type timestamp with time zone;
alter table prot_breach alter column reported_at set data type timestamp with time zone;
alter table prot_breach alter column people_told_at set data type timestamp with time zone;
alter table prot_breach alter column closed_at set data type timestamp with time zone;
alter table prot_breach alter column created_at set data type timestamp with time zone;
alter table prot_breach alter column updated_at set data type timestamp with time zone;

set time zone local;

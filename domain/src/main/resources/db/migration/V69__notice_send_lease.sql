-- A sending of a notice's new version is carried on by one server at a time (N2, issue 19): the sender takes the
-- sending's lease with one update that succeeds only while it is free or ran out, names itself, renews it between
-- batches and frees it at the end. A server killed in the middle leaves a lease that runs out; the next server to
-- start (or the same one, started again) carries the sending on to the end.
alter table prot_notice_send add column lease_holder varchar(200);
alter table prot_notice_send add column lease_expires_at timestamp;

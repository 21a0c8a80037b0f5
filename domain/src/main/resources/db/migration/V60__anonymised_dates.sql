-- R7: how precisely an anonymised application keeps the month it was received in (MONTH or YEAR; empty while it is
-- not anonymised and keeps the exact day), so that its group of at least k people can be counted again.
alter table rec_application add column received_precision varchar(10);

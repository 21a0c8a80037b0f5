-- Who started the work a crash may cut short, so that the server finishing it at its start can name them (D3, D5,
-- issue 20): the DPM who acted, on each outcome of a request (none on outcomes recorded before), and the DPM who
-- started a request's latest compile.
alter table prot_request_outcome add column acted_by varchar(200);
alter table prot_rights_request add column compile_started_by varchar(200);

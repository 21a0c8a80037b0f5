-- L2, D7: a consent withdrawn through a rights request names the request (null when recorded on the ledger directly).
alter table prot_consent add column withdrawal_request_id bigint;

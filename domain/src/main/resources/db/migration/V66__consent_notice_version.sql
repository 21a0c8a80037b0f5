-- The consent ledger (L2, issue 19) and the privacy notices (N1) were built side by side: a consent names the
-- version of the notice the person was given, now that the versions exist. Consents copied from before the ledger
-- name none.
alter table prot_consent add constraint prot_consent_notice_version
    foreign key (notice_version_id) references prot_notice_version (id);

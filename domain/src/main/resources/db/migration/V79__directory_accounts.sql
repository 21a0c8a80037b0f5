-- Accounts that sign in through the organisation's directory (LDAP or Active Directory, issue 21): made at their
-- first login, with the roles their directory groups map to; their password is the directory's, never kept here.
alter table sec_account add column directory boolean not null default false;
alter table sec_account alter column password_hash drop not null;
alter table sec_account add constraint sec_account_password_or_directory
    check (directory or password_hash is not null);

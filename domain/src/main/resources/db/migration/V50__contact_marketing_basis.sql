-- Marketing to an organisation's contacts (L2, S3; issue 16, contacts): each contact row may hold its marketing
-- basis, either consent (what they were told, how and when they agreed) or the soft opt-in (an existing customer's
-- contact, similar products or services, an opt-out offered), and when it was withdrawn or they opted out. Erasing
-- the contact row takes it with it.
alter table rel_contact add column marketing_basis varchar(20);
alter table rel_contact add column consent_notice varchar(200);
alter table rel_contact add column consent_method varchar(20);
alter table rel_contact add column consent_given_on date;
alter table rel_contact add column similar_offer varchar(300);
alter table rel_contact add column opt_out_offered boolean;
alter table rel_contact add column marketing_recorded_by varchar(100);
alter table rel_contact add column marketing_withdrawn_on date;
alter table rel_contact add column marketing_withdrawn_by varchar(100);
alter table rel_contact add constraint rel_contact_marketing check (marketing_basis is null
    or (marketing_basis = 'CONSENT' and consent_notice is not null and consent_method is not null
        and consent_given_on is not null)
    or (marketing_basis = 'SOFT_OPT_IN' and similar_offer is not null and opt_out_offered));
create index rel_contact_kind on rel_contact (kind, organisation_id);

-- L2 (issue 19, ADR 0015 decision 4): talent-pool and marketing consent now live on the consent ledger (V63 copied
-- them there). Recruitment's table and the consent columns of a contact go; the contact keeps its marketing basis,
-- the soft opt-in's details, who recorded the basis and its withdrawal or opt-out.
drop table rec_talent_pool_consent;
alter table rel_contact drop constraint rel_contact_marketing;
alter table rel_contact drop column consent_notice;
alter table rel_contact drop column consent_method;
alter table rel_contact drop column consent_given_on;
update rel_contact set marketing_withdrawn_on = null, marketing_withdrawn_by = null
    where marketing_basis = 'CONSENT';
alter table rel_contact add constraint rel_contact_marketing check (marketing_basis is null
    or marketing_basis = 'CONSENT'
    or (marketing_basis = 'SOFT_OPT_IN' and similar_offer is not null and opt_out_offered));

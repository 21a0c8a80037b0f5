-- HR's leave for the hiring managers of a campaign to change one hired applicant's application: who gave it and
-- when; null when none stands (withdrawn leave is kept in the application's timeline and the audit trail).
alter table rec_application add column manager_leave_by varchar(100);
alter table rec_application add column manager_leave_at timestamp;

-- Whether HR marked a rejection's reason as one that may be told to the applicant: only then does the rejection
-- letter give it.
alter table rec_application add column closing_reason_told boolean not null default false;

-- Version 1 of the applicant's rejection letter (id 6: V28 shipped ids 1-5 below the sequence's first block).
insert into prot_letter_template (id, version, kind, version_number, title, body, saved_by, saved_at) values
(6, 0, 'APPLICANT_REJECTION', 1, 'Your application for {{application.role}}',
'Thank you for applying for the role of {{application.role}}, and for the time you gave to it. We received your application on {{application.receivedOn}}.

We will not be taking your application for {{application.role}} further.{{#application.reason}} {{application.reason}}{{/application.reason}}

{{^application.talentPool}}We keep your application and what we gathered about it for {{application.keptFor}} after the campaign closes, until {{application.keptUntil}}, in case either of us needs to refer to it; then we delete it.{{/application.talentPool}}{{#application.talentPool}}As you agreed, we keep your application until {{application.keptUntil}} so that we can consider you for future vacancies. You may withdraw that consent at any time; we then keep it only for {{application.keptFor}} after the campaign closes.{{/application.talentPool}}

If you have any questions about how we use your personal data, please contact our Data Protection Manager{{#dpm.name}}, {{dpm.name}}{{/dpm.name}}{{#dpm.email}}, at {{dpm.email}}{{/dpm.email}}{{#dpm.phone}} or on {{dpm.phone}}{{/dpm.phone}}.',
'Custos', timestamp '2026-12-06 00:00:00');

-- Who the letters are from: the controller's name, postal address and ICO registration number for the letterhead,
-- its logo (PNG or JPEG), the Data Protection Manager's name and contact, and the signatory. One row, which the
-- DPM edits; blank until then.
create table prot_organisation (
    id              bigint primary key,
    version         bigint       not null,
    controller_name varchar(200),
    address         varchar(500),
    ico_number      varchar(20),
    dpm_name        varchar(200),
    dpm_email       varchar(254),
    dpm_phone       varchar(40),
    signatory_name  varchar(200),
    signatory_role  varchar(200),
    logo            bytea,
    logo_type       varchar(20),
    updated_at      timestamp,
    updated_by      varchar(100)
);
insert into prot_organisation (id, version) values (1, 0);

-- The DPM's templates of the letters: each save is a new version (version_number) of its kind's template; the newest is
-- the one letters use. Version 1 of each is shipped here (ids 1-5; EclipseLink's first block from the sequence is
-- 51-100).
create sequence prot_letter_template_seq start with 100 increment by 50;
create table prot_letter_template (
    id       bigint primary key,
    version  bigint        not null,
    kind     varchar(40)   not null,
    version_number integer        not null,
    title    varchar(200)  not null,
    body     varchar(10000) not null,
    saved_by varchar(100)  not null,
    saved_at timestamp     not null,
    constraint prot_letter_template_number_uq unique (kind, version_number)
);

insert into prot_letter_template (id, version, kind, version_number, title, body, saved_by, saved_at) values
(1, 0, 'ACKNOWLEDGEMENT', 1, 'We have received your request',
'Thank you for your request ({{request.type}}), which we received on {{request.receivedOn}}.

We will reply by {{request.dueOn}}. If we need more information to confirm your identity or to understand what you are asking for, we will tell you; the time we have to reply then runs from the day it reaches us.

If you have any questions, please contact our Data Protection Manager{{#dpm.name}}, {{dpm.name}}{{/dpm.name}}{{#dpm.email}}, at {{dpm.email}}{{/dpm.email}}{{#dpm.phone}} or on {{dpm.phone}}{{/dpm.phone}}.',
'Custos', timestamp '2026-12-06 00:00:00'),
(2, 0, 'EXTENSION_NOTICE', 1, 'Your request: we need more time',
'We received your request ({{request.type}}) on {{request.receivedOn}}. The law allows us to take up to two further months to answer a request that is complex or one of several (UK GDPR Article 12(3)), and we need that time for yours.

Our reason: {{request.extensionReason}}

We will now reply by {{request.extendedDueOn}}.

If you are unhappy with this, you can complain to the Information Commissioner''s Office (ICO): ico.org.uk, telephone 0303 123 1113.',
'Custos', timestamp '2026-12-06 00:00:00'),
(3, 0, 'ACCESS_RESPONSE', 1, 'Your personal data',
'Thank you for your request ({{request.type}}), which we received on {{request.receivedOn}}. This letter answers it.

{{#response.holdsData}}We confirm that we hold personal data about you. This letter gives you a copy of it, grouped by what it is to you, and then the information the law says we must give you about how we use it (UK GDPR Article 15).{{/response.holdsData}}{{^response.holdsData}}We confirm that we hold no personal data about you. The law still asks us to tell you about your rights, which follow.{{/response.holdsData}}',
'Custos', timestamp '2026-12-06 00:00:00'),
(4, 0, 'REFUSAL', 1, 'Your request: our decision',
'We have decided to refuse your request ({{request.type}}), which we received on {{request.receivedOn}}, because it is {{refusal.ground}}. The law allows us to refuse a request that is manifestly unfounded or excessive (UK GDPR Article 12(5)), and asks us to tell you why.

Our reasons: {{refusal.reasons}}',
'Custos', timestamp '2026-12-06 00:00:00'),
(5, 0, 'RECIPIENT_NOTICE', 1, 'A change to personal data we shared with you',
'On {{recipient.disclosedOn}} we shared with you personal data: {{recipient.disclosed}}.

At the request of the person it is about ({{request.type}}), we have {{request.change}} that data. (Once erased, the person''s name is no longer held here: add it to this letter before sending it, if you know it.) The law asks us to tell everyone we shared it with (UK GDPR Article 19): please do the same with the copy you hold, and let us know when you have.

If you have any questions, please contact our Data Protection Manager{{#dpm.name}}, {{dpm.name}}{{/dpm.name}}{{#dpm.email}}, at {{dpm.email}}{{/dpm.email}}{{#dpm.phone}} or on {{dpm.phone}}{{/dpm.phone}}.',
'Custos', timestamp '2026-12-06 00:00:00');

-- The kept letter also as a Word document (DOCX, encrypted like the PDF: it copies the person's data), and the
-- template version that produced it.
alter table prot_response_pack add column docx text;
alter table prot_response_pack add column template_id bigint references prot_letter_template (id);

-- A redaction's reason, as the letter states it, is kept where a withholding's exemption ground is.
comment on column prot_review_item.exemption_ground is 'The exemption ground of a withheld item, or the reason an item was redacted';

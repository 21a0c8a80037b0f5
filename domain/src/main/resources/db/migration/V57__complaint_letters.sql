-- Version 1 of the complaint letters (P1, issue 17): the acknowledgement, and the outcome, which tells a
-- data-protection complainant of their right to complain to the ICO (DPA 2018 s.164A). Ids 7 and 8: V28 and V30
-- shipped ids 1-6 below the sequence's first block.
insert into prot_letter_template (id, version, kind, version_number, title, body, saved_by, saved_at) values
(7, 0, 'COMPLAINT_ACKNOWLEDGEMENT', 1, 'We have received your complaint',
'Thank you for your complaint ({{complaint.kind}}), which we received on {{complaint.receivedOn}}.

We are looking into it and will tell you the outcome without undue delay. If we need more from you to investigate it, we will contact you.

If you have any questions in the meantime, please contact us{{#dpm.name}}: {{dpm.name}}{{/dpm.name}}{{#dpm.email}}, {{dpm.email}}{{/dpm.email}}{{#dpm.phone}}, {{dpm.phone}}{{/dpm.phone}}.',
'Custos', timestamp '2026-12-06 00:00:00');
insert into prot_letter_template (id, version, kind, version_number, title, body, saved_by, saved_at) values
(8, 0, 'COMPLAINT_OUTCOME', 1, 'The outcome of your complaint',
'We have completed our investigation of your complaint ({{complaint.kind}}), which we received on {{complaint.receivedOn}}.

{{complaint.outcome}}

{{#complaint.dataProtection}}If you are not satisfied with how we handled your complaint about our use of your personal data, you have the right to complain to the Information Commissioner''s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113, www.ico.org.uk/make-a-complaint.

{{/complaint.dataProtection}}If you have any questions about this letter, please contact us{{#dpm.name}}: {{dpm.name}}{{/dpm.name}}{{#dpm.email}}, {{dpm.email}}{{/dpm.email}}{{#dpm.phone}}, {{dpm.phone}}{{/dpm.phone}}.',
'Custos', timestamp '2026-12-06 00:00:00');

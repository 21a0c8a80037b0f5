-- The organisation's usual purposes, seeded once as editable defaults (L1, L3). The DPM reviews them.
insert into prot_purpose (id, version, name, description, lawful_basis, li_interest, li_necessity, li_balance,
                          special_condition, review_date, seeded_default, updated_at, updated_by)
values
 (1, 0, 'Recruitment',
  'Assessing job applicants for a vacancy: applications, assessments, interviews, pre-employment checks and offers.',
  'PRE_CONTRACT', null, null, null, 'EMPLOYMENT_LAW', '${seedReviewDate}', true, current_timestamp, 'system'),
 (2, 0, 'Employment administration',
  'Administering the employment or engagement of staff: contracts, attendance, performance, HR cases and leaving.',
  'CONTRACT', null, null, null, 'EMPLOYMENT_LAW', '${seedReviewDate}', true, current_timestamp, 'system'),
 (3, 0, 'Payroll',
  'Paying staff and meeting tax, national insurance and pension obligations.',
  'LEGAL_OBLIGATION', null, null, null, null, '${seedReviewDate}', true, current_timestamp, 'system'),
 (4, 0, 'Client service',
  'Providing the services clients and customers have asked for and keeping in touch with their contacts.',
  'CONTRACT', null, null, null, null, '${seedReviewDate}', true, current_timestamp, 'system'),
 (5, 0, 'Supplier management',
  'Buying from suppliers and keeping in touch with the people who work for them.',
  'LEGITIMATE_INTERESTS',
  'Running the organisation: ordering, receiving and paying for goods and services.',
  'Suppliers can only be dealt with through the people who work for them; only business contact details are used.',
  'Business contact details used for the business relationship are expected by the people concerned and carry little risk to them.',
  null, '${seedReviewDate}', true, current_timestamp, 'system'),
 (6, 0, 'Complaint handling',
  'Handling complaints and checking the level of service provided.',
  'LEGITIMATE_INTERESTS',
  'Putting right what went wrong and improving the service.',
  'A complaint cannot be investigated or answered without the details of the people involved.',
  'Complainants expect their details to be used to handle their complaint; identities are disclosed only where needed.',
  null, '${seedReviewDate}', true, current_timestamp, 'system'),
 (7, 0, 'Marketing',
  'Telling people about the organisation''s services and events.',
  'CONSENT', null, null, null, null, '${seedReviewDate}', true, current_timestamp, 'system');

-- Generated ids start above the seeded ones (EclipseLink takes the value as the end of a block of 50).
alter sequence prot_purpose_seq restart with 150;

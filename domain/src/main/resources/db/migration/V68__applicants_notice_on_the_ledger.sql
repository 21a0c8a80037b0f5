-- N2 (issue 19): recruitment kept the day an applicant was given the privacy notice on the application
-- (rec_application.notice_given_on); the ledger of notices given (V67) holds it now, and the column goes.
--
-- Which version the applicant was given, and how, was never recorded: a row moved here names no version and no way
-- (both null), and is read as "given before versions were recorded". Only such a row may be given without them.
alter table prot_notice_given drop constraint prot_notice_given_how;
alter table prot_notice_given add constraint prot_notice_given_how check (
    (given_on is null and method is null and notice_version_id is null)
    or (given_on is not null and method is not null and notice_version_id is not null)
    or (given_on is not null and method is null and notice_version_id is null));

-- Each application's notice, of the job applicants' notice (seeded as id 1, V62), against the application as its
-- record, for every applicant still in the register whom the ledger does not already hold a job applicants' notice
-- for. A direct application's data came from the person: due the day received. An agency's or a referrer's: due a
-- month after (the calendar's default period; it was given, so the day is history and no list reads it).
insert into prot_notice_given (id, version, subject_id, notice_id, notice_version_id, from_person, obtained_on,
                               source, first_contact_on, due_on, given_on, method, context, record_id,
                               recorded_by, recorded_at)
select nextval('prot_notice_given_seq'), 0, a.subject_id, 1, null, a.source = 'DIRECT', a.received_on,
       case when a.source = 'DIRECT' then null
            else left(case a.source when 'AGENCY' then 'Recruitment agency' else 'Referral by someone else' end
                 || case when a.source_name is null then '' else ': ' || a.source_name end, 200) end,
       null,
       case when a.source = 'DIRECT' then a.received_on else cast(a.received_on + interval '1' month as date) end,
       a.notice_given_on,
       null, 'recruitment', a.id, a.created_by, current_timestamp
from rec_application a
where a.notice_given_on is not null and a.subject_id is not null
  and not exists (select 1 from prot_notice_given g where g.subject_id = a.subject_id and g.notice_id = 1);

alter table rec_application drop column notice_given_on;

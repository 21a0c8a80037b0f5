-- A sensitive record that the context which recorded it keeps with its own records and erases with them, at its
-- own retention clock (R3: the health details of a sickness absence follow the absence, ADR 0010): a person's
-- erasure in the security context leaves it. Those already recorded for absences are marked.
alter table sec_sensitive_record add column kept_by_context boolean not null default false;
update sec_sensitive_record r set kept_by_context = true
 where exists (select 1 from stf_absence_health h where h.sensitive_record_id = r.id);

-- The staff holder finds what it holds about a person by their subject id (export, erasure): where they are a
-- member of staff's emergency contact, and their hire still waiting for its staff file.
create index stf_emergency_contact_subject on stf_emergency_contact (subject_id);
create index stf_pending_hire_subject on stf_pending_hire (subject_id);

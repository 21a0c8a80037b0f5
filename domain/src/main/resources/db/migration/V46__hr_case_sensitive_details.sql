-- Health details of a capability case and criminal-records details of a disciplinary case (L4, X3, X1, R3): they
-- live encrypted in the security context's sensitive records behind the DPM's approval gate, kept by staff
-- (kept_by_context), and stf_case_sensitive only links a case to them. They are details of the case: they go when
-- its warning expires, with the notes, meetings and documents, and with the case.
create table stf_case_sensitive (
    id                   bigint primary key,
    version              bigint       not null,
    case_id              bigint       not null references stf_case (id) on delete cascade,
    kind                 varchar(30)  not null,
    sensitive_record_id  bigint       not null,
    recorded_at          timestamp    not null
);
create index stf_case_sensitive_case on stf_case_sensitive (case_id);

-- The request list, open and closed, newest received first: read in the order of this index (backwards).
create index prot_rights_request_received_idx on prot_rights_request (received_on, id);
-- What each person asked approval for, newest first: the worklist on their home page.
create index sec_approval_requested_by_idx on sec_approval (requested_by, requested_at, id);

-- The time of the audit chain's last verification, read at every /metrics scrape, without walking the entries.
create index sec_audit_entry_action_time_idx on sec_audit_entry (action, occurred_at);

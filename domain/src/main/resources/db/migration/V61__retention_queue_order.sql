-- The review queue's pages (R6) at 200,000 items: its default order (the day each fell due) and a group's items
-- (one context and rule) in that order, read from an index instead of sorting every waiting item per page.
create index prot_retention_item_due on prot_retention_item (due_on, id);
create index prot_retention_item_group on prot_retention_item (context, rule_key, due_on, id);

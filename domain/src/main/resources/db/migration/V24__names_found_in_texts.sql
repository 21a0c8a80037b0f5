-- D3: a response's items are searched for the names of other people in the register by asking for the names their
-- words could be, so the folded full name is looked up by equality.
create index core_data_subject_search_name_idx on core_data_subject (search_name);

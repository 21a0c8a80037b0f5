-- Issue 13: the register's size in one row, changed in the same transaction as each registration and erasure, so
-- that the first page of a search without filters shows "N people" without counting the whole table.
create table core_register_size (
    id      integer primary key,
    version bigint  not null,
    people  bigint  not null
);
insert into core_register_size (id, version, people) select 1, 0, count(*) from core_data_subject;

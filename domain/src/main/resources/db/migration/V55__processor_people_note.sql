-- A processor's people are the register's categories it handles (rel_processor_person_category, V54), chosen on
-- its form (X4, ADR 0012): the text typed for them before becomes an optional note on whose data it receives
-- beyond those categories (people not in the register), kept as typed.
alter table rel_processor rename column people_categories to people_note;
alter table rel_processor alter column people_note drop not null;

-- The categories of people (S2) whose data a processor receives, as the register knows them (issue 16, breach
-- impact): a breach at the processor counts the people of the register in these categories (X5).
create table rel_processor_person_category (
    processor_id bigint      not null references rel_processor (id),
    category     varchar(40) not null,
    primary key (processor_id, category)
);

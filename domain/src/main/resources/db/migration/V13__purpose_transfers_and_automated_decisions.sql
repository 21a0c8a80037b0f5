-- D3, N1: what a purpose's record of processing says about transfers outside the UK (and their safeguards) and
-- about automated decision-making, so that responses and notices take them from the purposes, not from hand.
alter table prot_purpose add column transfers varchar(2000);
alter table prot_purpose add column automated_decisions varchar(2000);

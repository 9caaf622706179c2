-- Entries into incubators take the one row of incubatee_entry_lock before they read an enterprise's stays, so two
-- entries of the same enterprise into two incubators at once cannot both pass the check that its stays do not overlap.
create table incubatee_entry_lock (
    id  int primary key
);

insert into incubatee_entry_lock (id) values (1);

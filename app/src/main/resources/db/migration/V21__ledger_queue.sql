-- The sequencer writes only narrow new rows: a recorded entry is queued in ledger_pending (in the recorder's
-- transaction) and, once appended, gets its index and leaf hash in ledger_leaf; ledger_entry rows are never
-- rewritten. Plain SQL for H2 (PostgreSQL mode) and PostgreSQL 15+.

-- Recorded entries not yet in the log, by recording order; the sequencer deletes a row as it appends the entry.
create table ledger_pending (
    seq bigint primary key references ledger_entry (seq)
);

-- The log: entry number entry_index is the ledger_entry with this seq, with its RFC 9162 leaf hash (the tile
-- level 0 hashes).
create table ledger_leaf (
    entry_index bigint primary key,
    seq         bigint not null references ledger_entry (seq),
    leaf_hash   bytea  not null,
    constraint ledger_leaf_seq unique (seq)
);

insert into ledger_leaf (entry_index, seq, leaf_hash)
    select entry_index, seq, leaf_hash from ledger_entry where entry_index is not null;
insert into ledger_pending (seq)
    select seq from ledger_entry where entry_index is null;

alter table ledger_entry drop constraint ledger_entry_index;
alter table ledger_entry drop column entry_index;
alter table ledger_entry drop column leaf_hash;

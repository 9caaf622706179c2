-- The clause versions whose coming into force has been pushed: the enterprises qualifying on the first day the version
-- was in force were told (at publication for a version in force at once, on its first day for one that starts later).
-- A version in force without a row here is pushed by the next instance that builds its copy of the registry, also
-- after a restart, so a version coming into force while no instance ran is still pushed.
create table policy_version_pushed (
    clause_id       varchar(80)   not null,
    clause_version  int           not null,
    pushed_at       timestamp with time zone not null,
    primary key (clause_id, clause_version),
    constraint policy_version_pushed_version foreign key (clause_id, clause_version)
        references clause_version (clause_id, version)
);

-- Versions published before this table existed were pushed at publication when they were in force that day; those
-- that started later were never pushed and stay without a row.
insert into policy_version_pushed (clause_id, clause_version, pushed_at)
select clause_id, version, published_at from clause_version
 where state = 'PUBLISHED' and (valid_from is null or valid_from <= cast(published_at as date));

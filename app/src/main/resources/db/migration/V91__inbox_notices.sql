-- The inbox also carries general notices (kind NOTICE) from any module, e.g. a recognition about to expire: a title
-- and text in both languages and a link to a platform page. A notice's key is stored in clause_id (clause_version 0,
-- policy_id 0), so the existing unique key tells an enterprise once per notice key.
alter table policy_inbox add column link varchar(300);
alter table policy_inbox drop constraint policy_inbox_kind;
alter table policy_inbox add constraint policy_inbox_kind
    check (kind in ('NEWLY_ELIGIBLE', 'NEAR_MISS', 'GRANT', 'CASE', 'NOTICE'));

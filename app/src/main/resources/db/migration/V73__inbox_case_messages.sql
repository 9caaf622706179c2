-- The inbox also carries messages about an enterprise's cases (kind CASE): one per step of a case (case_step, the
-- step's id; 0 for the clause pushes), with what happened in both languages, linked to the case. Pushes stay once per
-- enterprise, clause version and kind.
alter table policy_inbox add column case_id bigint;
alter table policy_inbox add column case_step bigint default 0 not null;
alter table policy_inbox add column detail_zh varchar(1000);
alter table policy_inbox add column detail_en varchar(1000);
alter table policy_inbox drop constraint policy_inbox_kind;
alter table policy_inbox add constraint policy_inbox_kind check (kind in ('NEWLY_ELIGIBLE', 'NEAR_MISS', 'CASE'));
alter table policy_inbox drop constraint policy_inbox_once;
alter table policy_inbox add constraint policy_inbox_once
    unique (enterprise_id, clause_id, clause_version, kind, case_step);

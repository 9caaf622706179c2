-- Awards granted without application (免申即享): the enterprise is told of its grant by an inbox message of kind GRANT
-- (once per enterprise and clause version, like a push), which leads to the page where it confirms or declines it.
alter table policy_inbox drop constraint policy_inbox_kind;
alter table policy_inbox add constraint policy_inbox_kind check (kind in ('NEWLY_ELIGIBLE', 'NEAR_MISS', 'GRANT', 'CASE'));

-- The department's console counts its grants per clause and state, and lists those of one clause.
create index fulfillment_grant_by_clause on fulfillment_grant (department, clause_id, state, id);
create index fulfillment_grant_by_enterprise on fulfillment_grant (enterprise_id, id);
create index fulfillment_grant_by_case on fulfillment_grant (case_id);

-- Who declined a grant, and when.
alter table fulfillment_grant add column declined_by varchar(60);
alter table fulfillment_grant add column declined_at timestamp with time zone;

-- The departments an account belongs to (部门): a reviewer or a finance official acts only on the cases of a policy
-- its department issued. A department is named as policies name their issuing department (the Chinese name).
create table account_department (
    account_id  bigint        not null references account (id) on delete cascade,
    department  varchar(200)  not null,
    primary key (account_id, department)
);
create index account_department_by_name on account_department (department);

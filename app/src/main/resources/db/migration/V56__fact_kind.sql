-- Fact kinds as data: an administrator adds a kind (key, labels, type, unit, whether only departments may state it)
-- without a code change. The nine kinds the registry started with keep their keys, units and labels; five kinds the
-- demo policies need are added. A fact statement now holds a value of its kind's type: a number (value, as before),
-- yes or no (value_flag), a day (value_date) or a short text (value_text), exactly one of them. Existing statements
-- keep their numbers. Plain SQL for H2 (PostgreSQL mode) and PostgreSQL 15+.

create table fact_kind (
    code              varchar(40)  primary key,
    label_zh          varchar(60)  not null,
    label_en          varchar(60)  not null,
    value_type        varchar(10)  not null,
    unit_zh           varchar(20),
    unit_en           varchar(20),
    departments_only  boolean      not null default false,
    built_in          boolean      not null default false,
    position          int          not null,
    added_by          varchar(60),
    added_at          timestamp with time zone,
    constraint fact_kind_type check (value_type in ('NUMBER', 'INTEGER', 'YES_NO', 'DATE', 'TEXT'))
);

insert into fact_kind (code, label_zh, label_en, value_type, unit_zh, unit_en, departments_only, built_in, position) values
 ('STAFF',                   '从业人员',           'Employees',                     'INTEGER', '人',   'persons', false, true,  10),
 ('RD_STAFF',                '研发人员',           'R&D staff',                     'INTEGER', '人',   'persons', false, true,  20),
 ('REVENUE',                 '营业收入',           'Operating revenue',             'NUMBER',  '万元', '10k CNY', false, true,  30),
 ('BLOCKCHAIN_REVENUE',      '区块链业务收入',     'Blockchain revenue',            'NUMBER',  '万元', '10k CNY', false, true,  40),
 ('RD_SPEND',                '研发投入',           'R&D spending',                  'NUMBER',  '万元', '10k CNY', false, true,  50),
 ('TAX_PAID',                '纳税额',             'Taxes paid',                    'NUMBER',  '万元', '10k CNY', false, true,  60),
 ('ASSETS',                  '资产总额',           'Total assets',                  'NUMBER',  '万元', '10k CNY', false, true,  70),
 ('PATENTS',                 '有效发明专利',       'Valid invention patents',       'INTEGER', '件',   'items',   false, true,  80),
 ('IP_ITEMS',                '区块链相关知识产权', 'Blockchain IP items',           'INTEGER', '件',   'items',   false, true,  90),
 ('TRAINING_REVENUE',        '培训收入',           'Training revenue',              'NUMBER',  '万元', '10k CNY', false, true, 100),
 ('TAX_IN_DISTRICT',         '税收在本区缴纳',     'Pays its taxes in the district', 'YES_NO', null,   null,      true,  true, 110),
 ('GOOD_CREDIT',             '信用良好',           'Good credit record',            'YES_NO',  null,   null,      true,  true, 120),
 ('NO_MOVE_COMMITMENT',      '承诺三年不迁出',     'Committed to stay three years', 'YES_NO',  null,   null,      true,  true, 130),
 ('INDEPENDENT_LEGAL_PERSON','独立法人',           'Independent legal person',      'YES_NO',  null,   null,      true,  true, 140);

alter table fact alter column value drop not null;
alter table fact add column value_flag boolean;
alter table fact add column value_date date;
alter table fact add column value_text varchar(200);
alter table fact add constraint fact_one_value check (
    (case when value is null then 0 else 1 end) + (case when value_flag is null then 0 else 1 end)
    + (case when value_date is null then 0 else 1 end) + (case when value_text is null then 0 else 1 end) = 1);
alter table fact add constraint fact_of_kind foreign key (name) references fact_kind (code);

-- Version 2 of the data-driven system (PLATFORM_LIVE): version 1's two categories unchanged, and a third,
-- 创新孵化与应用场景, with the live indicators the incubation and application-scenario modules measure. Version 1 stays
-- published for the evaluations that used it.
insert into eval_system_version (system_id, version, state, note_zh, note_en, created_by, created_at, published_by, published_at)
select id, 2, 'PUBLISHED',
       '全部指标由平台根据自身数据（登记、入驻、办件、拨付、评价、孵化、应用场景）计算，无需专家打分。未附权重。第 2 版增加“创新孵化与应用场景”类。',
       'Every indicator is computed by the platform from its own data (registry, occupancy, cases, payouts, ratings, incubation, application scenarios); no expert scores. No weights are given. Version 2 adds the category "Incubation and application scenarios".',
       'system', timestamp with time zone '2026-12-07 00:00:00+00', 'system', timestamp with time zone '2026-12-07 00:00:00+00'
from eval_system where code = 'PLATFORM_LIVE';

insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en, definition_zh, definition_en, benefit, unit, source, live_indicator, weight)
select v2.id, n.code, n.parent_code, n.position, n.kind, n.name_zh, n.name_en, n.definition_zh, n.definition_en, n.benefit, n.unit, n.source, n.live_indicator, n.weight
from eval_node n
join eval_system_version v1 on v1.id = n.version_id and v1.version = 1
join eval_system s on s.id = v1.system_id and s.code = 'PLATFORM_LIVE'
join eval_system_version v2 on v2.system_id = s.id and v2.version = 2;

insert into eval_node (version_id, code, position, kind, name_zh, name_en, definition_zh, definition_en) values ((select v.id from eval_system_version v join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and v.version = 2), 'INNOVATION', 12, 'CATEGORY', '创新孵化与应用场景', 'Incubation and application scenarios', '园区孵化载体的实际运行与政府应用场景的开放和揭榜', 'How the park''s incubators work and the government application scenarios opened and won');
insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en, definition_zh, definition_en, benefit, unit, source, live_indicator) values ((select v.id from eval_system_version v join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and v.version = 2), 'INCUBATEES', 'INNOVATION', 13, 'INDICATOR', '在孵企业数', 'Firms in incubation', '今日在园区孵化器中孵化的企业数', 'Enterprises incubated today in the park''s incubators', true, '家', 'PLATFORM', 'INCUBATEES');
insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en, definition_zh, definition_en, benefit, unit, source, live_indicator) values ((select v.id from eval_system_version v join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and v.version = 2), 'INCUBATEES_FINANCED', 'INNOVATION', 14, 'INDICATOR', '在孵企业获融资占比', 'Incubatees with financing', '在孵及毕业企业中获得至少一轮融资的比例', 'Share of current and graduated incubatees with at least one financing round', true, '%', 'PLATFORM', 'INCUBATEES_FINANCED');
insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en, definition_zh, definition_en, benefit, unit, source, live_indicator) values ((select v.id from eval_system_version v join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and v.version = 2), 'GRADUATES', 'INNOVATION', 15, 'INDICATOR', '累计毕业企业数', 'Graduates in total', '从园区孵化器毕业的企业累计数', 'Enterprises that graduated from the park''s incubators, in total', true, '家', 'PLATFORM', 'GRADUATES');
insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en, definition_zh, definition_en, benefit, unit, source, live_indicator) values ((select v.id from eval_system_version v join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and v.version = 2), 'SCENARIOS_OPENED', 'INNOVATION', 16, 'INDICATOR', '开放应用场景数', 'Application scenarios opened', '面向本园区发布的应用场景数', 'Application scenarios published for the park', true, '个', 'PLATFORM', 'SCENARIOS_OPENED');
insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en, definition_zh, definition_en, benefit, unit, source, live_indicator) values ((select v.id from eval_system_version v join eval_system s on s.id = v.system_id where s.code = 'PLATFORM_LIVE' and v.version = 2), 'SCENARIOS_WON', 'INNOVATION', 17, 'INDICATOR', '揭榜场景数', 'Application scenarios won', '本园区企业揭榜中选的应用场景数', 'Application scenarios won by the park''s enterprises', true, '个', 'PLATFORM', 'SCENARIOS_WON');

-- The working-day calendar review deadlines are counted on: Monday to Friday are working days and weekends are not,
-- except on the days listed here (public holidays on weekdays, and weekend days worked to make up for them).
create table working_calendar_day (
    calendar_day date         primary key,
    working     boolean       not null,
    note_zh     varchar(60)   not null,
    note_en     varchar(60)   not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(60)   not null
);

-- 2026, as the General Office of the State Council announced it on 2025-11-04.
insert into working_calendar_day (calendar_day, working, note_zh, note_en, updated_at, updated_by) values
    (date '2026-01-01', false, '元旦', 'New Year''s Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-01-02', false, '元旦', 'New Year''s Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-01-04', true, '元旦调休上班', 'New Year make-up working day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-14', true, '春节调休上班', 'Spring Festival make-up working day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-16', false, '春节', 'Spring Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-17', false, '春节', 'Spring Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-18', false, '春节', 'Spring Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-19', false, '春节', 'Spring Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-20', false, '春节', 'Spring Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-23', false, '春节', 'Spring Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-02-28', true, '春节调休上班', 'Spring Festival make-up working day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-04-06', false, '清明节', 'Qingming Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-05-01', false, '劳动节', 'Labour Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-05-04', false, '劳动节', 'Labour Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-05-05', false, '劳动节', 'Labour Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-05-09', true, '劳动节调休上班', 'Labour Day make-up working day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-06-19', false, '端午节', 'Dragon Boat Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-09-20', true, '国庆节调休上班', 'National Day make-up working day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-09-25', false, '中秋节', 'Mid-Autumn Festival', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-10-01', false, '国庆节', 'National Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-10-02', false, '国庆节', 'National Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-10-05', false, '国庆节', 'National Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-10-06', false, '国庆节', 'National Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-10-07', false, '国庆节', 'National Day', timestamp with time zone '2025-11-04 00:00:00+08', 'system'),
    (date '2026-10-10', true, '国庆节调休上班', 'National Day make-up working day', timestamp with time zone '2025-11-04 00:00:00+08', 'system');

-- Drills: one row per drill of an organizer's annual plan; participants in their own table
-- because read access is decided by them.
create sequence drill_seq start with 50 increment by 50;
create table drill (
    id bigint primary key,
    plan_year integer not null,
    organizer_unit varchar(64) not null references unit (id),
    scope varchar(20) not null,
    title varchar(300) not null,
    planned_start date not null,
    planned_end date not null,
    scenarios_json varchar(100000) not null,
    execution_json varchar(200000),
    version bigint not null
);
create index drill_year on drill (plan_year);
create table drill_participant (
    drill_id bigint not null references drill (id),
    unit_id varchar(64) not null references unit (id),
    primary key (drill_id, unit_id)
);
create index drill_participant_unit on drill_participant (unit_id);

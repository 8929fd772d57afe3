-- IPv6 migration plans: per unit (system_id null) or per system of the unit; milestones as a
-- JSON document. At most one plan per unit and system is enforced by the service, since a unique
-- constraint treats the unit-wide plans' nulls as distinct on both databases.
create sequence ipv6_plan_seq start with 50 increment by 50;
create table ipv6_plan (
    id bigint primary key,
    unit_id varchar(64) not null references unit (id),
    system_id bigint references information_system (id),
    title varchar(300) not null,
    milestones_json varchar(100000) not null,
    version bigint not null
);
create index ipv6_plan_unit on ipv6_plan (unit_id);

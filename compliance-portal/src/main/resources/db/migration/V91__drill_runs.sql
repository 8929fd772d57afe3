-- Drill runs on the real pipeline (issue 8): one row per run of a drill for one participating
-- unit; its steps (play, expected rules, injection time) are one JSON document, read and written
-- with the run. The run's mark (drill-run-<id>) is what its telemetry and alerts carry.
create sequence drill_run_seq start with 50 increment by 50;
create table drill_run (
    id bigint primary key,
    drill_id bigint not null references drill (id),
    unit_id varchar(64) not null references unit (id),
    started_by varchar(100) not null,
    started_at timestamp with time zone not null,
    detection_wait_seconds bigint not null,
    steps_json varchar(100000) not null,
    failure varchar(2000),
    version bigint not null
);
create index drill_run_drill on drill_run (drill_id);

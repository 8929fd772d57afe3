-- Compliance reports generated in the background: one row per request, its state and progress
-- while it is built, then where its content is (a file named by SHA-256 in the report folder) and
-- what it was built from. Rows are never deleted: a report is a record of what was shown to whom.
create sequence report_seq start with 50 increment by 50;
create table report (
    id bigint primary key,
    kind varchar(40) not null,
    format varchar(10) not null,
    scope_unit varchar(64),
    scope_system bigint,
    scope_year integer,
    -- the unit whose readers see the report (the scope's unit, a system's owner); null: sector-wide
    visible_unit varchar(64),
    requested_by varchar(200) not null,
    requested_at timestamp with time zone not null,
    status varchar(10) not null,
    progress integer not null,
    failure_reason varchar(2000),
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    content_type varchar(100),
    file_name varchar(200),
    size_bytes bigint,
    sha256 char(64),
    data_as_of timestamp with time zone,
    unit_count integer,
    system_count integer,
    dossier_count integer,
    drill_count integer,
    built_from varchar(2000),
    version bigint not null
);
create index report_requested on report (requested_at);
create index report_visible_unit on report (visible_unit);

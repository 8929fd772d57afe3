-- Requirements per level: the catalog itself is versioned data in the war
-- (governance/requirements-catalog.yaml); the database keeps the assessments, one per system and
-- requirement code, with the catalog version each was made against.
-- Runs on H2 2.x and PostgreSQL alike; the sequence starts at EclipseLink's block size (50).
create sequence requirement_assessment_seq start with 50 increment by 50;
create table requirement_assessment (
    id bigint primary key,
    system_id bigint not null references information_system (id),
    requirement_code varchar(40) not null,
    status varchar(20) not null,
    evidence varchar(4000),
    evidence_link varchar(2000),
    owner_name varchar(200),
    reason varchar(4000),
    catalog_version varchar(40) not null,
    assessed_by varchar(200) not null,
    assessed_at varchar(40) not null,
    version bigint not null,
    constraint requirement_assessment_one unique (system_id, requirement_code)
);

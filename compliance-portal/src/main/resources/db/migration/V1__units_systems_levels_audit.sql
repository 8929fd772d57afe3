-- Written for H2 2.x and PostgreSQL alike: no vendor types, SEQUENCE ids (H2 rejects
-- EclipseLink's IDENTITY DDL), text kept in bounded VARCHARs.
create table unit (
    id varchar(64) primary key,
    name varchar(300) not null,
    kind varchar(40) not null,
    parent_id varchar(64) references unit (id)
);

-- EclipseLink reads a sequence value as the last id of a block of 50, so the first value is 50.
create sequence system_seq start with 50 increment by 50;
create table information_system (
    id bigint primary key,
    name varchar(300) not null,
    owner_unit varchar(64) not null references unit (id),
    operator varchar(300),
    purpose varchar(2000),
    profile_json varchar(20000) not null,
    components_json varchar(200000) not null,
    version bigint not null
);
create index information_system_owner on information_system (owner_unit);

create sequence level_proposal_seq start with 50 increment by 50;
create table level_proposal (
    id bigint primary key,
    system_id bigint not null references information_system (id),
    computed_level integer not null,
    reasons_json varchar(20000) not null,
    proposed_level integer not null,
    justification varchar(4000),
    proposed_by varchar(200) not null,
    proposed_at varchar(40) not null
);
create index level_proposal_system on level_proposal (system_id);

create table audit_record (
    position bigint primary key,
    at varchar(40) not null,
    actor varchar(200) not null,
    action varchar(100) not null,
    entity_type varchar(100),
    entity_id varchar(100),
    before_json varchar(250000),
    after_json varchar(250000),
    previous_hash char(64) not null,
    hash char(64) not null
);
create table audit_head (
    id integer primary key,
    last_position bigint not null,
    last_hash char(64) not null
);
insert into audit_head (id, last_position, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

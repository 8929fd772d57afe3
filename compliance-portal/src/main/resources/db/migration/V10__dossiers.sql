-- The level-proposal dossier (Decree 85, Art. 15) and its workflow. Portable SQL for H2 2.x and
-- PostgreSQL: SEQUENCE ids starting at EclipseLink's block size (50), bounded VARCHARs, instants
-- as ISO-8601 text (as in V1), no vendor types.

-- Who appraises and approves a dossier of each level, and how long each step may take: data,
-- seeded by V11, so that a change of the law or of the State's organization is a data change.
create table dossier_authority (
    security_level integer primary key,
    appraiser varchar(1000) not null,
    approver varchar(1000) not null,
    legal_basis varchar(500) not null,
    confirmation varchar(20) not null,
    appraisal_days integer not null,
    approval_days integer not null,
    revision_days integer not null,
    note varchar(4000),
    check (security_level between 1 and 5),
    check (appraisal_days > 0 and approval_days > 0 and revision_days > 0)
);

create sequence dossier_seq start with 50 increment by 50;
create table dossier (
    id bigint primary key,
    system_id bigint not null references information_system (id),
    owner_unit varchar(64) not null references unit (id),
    state varchar(40) not null,
    -- The system's id while the dossier is open, null once decided: with the unique constraint
    -- (several nulls allowed by H2 and PostgreSQL alike), two open dossiers of one system cannot
    -- both commit, even when created at the same moment.
    open_for_system bigint unique,
    due_at varchar(40),
    re_review_reason varchar(2000),
    re_review_at varchar(40),
    created_by varchar(200) not null,
    created_at varchar(40) not null,
    version bigint not null
);
create index dossier_system on dossier (system_id);
create index dossier_owner on dossier (owner_unit);

create sequence dossier_version_seq start with 50 increment by 50;
create table dossier_version (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    version_number integer not null,
    proposed_level integer not null,
    computed_level integer not null,
    overview varchar(20000) not null,
    level_justification varchar(20000) not null,
    security_plan varchar(20000) not null,
    specialist_opinion varchar(20000) not null,
    submitted_by varchar(200),
    submitted_at varchar(40),
    unique (dossier_id, version_number)
);

create sequence dossier_attachment_seq start with 50 increment by 50;
create table dossier_attachment (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    version_number integer not null,
    kind varchar(40) not null,
    file_name varchar(255) not null,
    media_type varchar(200) not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    scan_verdict varchar(20) not null,
    scan_engine varchar(200) not null,
    scan_detail varchar(500) not null,
    uploaded_by varchar(200) not null,
    uploaded_at varchar(40) not null
);
create index dossier_attachment_dossier on dossier_attachment (dossier_id);

-- Which attachments make up each version, in the order they were added.
create table dossier_version_attachment (
    version_id bigint not null references dossier_version (id),
    list_index integer not null,
    attachment_id bigint not null references dossier_attachment (id),
    primary key (version_id, list_index)
);

create sequence dossier_event_seq start with 50 increment by 50;
create table dossier_event (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    list_index integer not null,
    version_number integer not null,
    action varchar(40) not null,
    from_state varchar(40) not null,
    to_state varchar(40) not null,
    actor varchar(200) not null,
    happened_at varchar(40) not null,
    note varchar(4000) not null,
    unique (dossier_id, list_index)
);

create sequence dossier_comment_seq start with 50 increment by 50;
create table dossier_comment (
    id bigint primary key,
    dossier_id bigint not null references dossier (id),
    list_index integer not null,
    version_number integer not null,
    party varchar(20) not null,
    author varchar(200) not null,
    written_at varchar(40) not null,
    body varchar(4000) not null,
    unique (dossier_id, list_index)
);

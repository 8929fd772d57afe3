-- Incidents (issue 7). Portable between H2 2.x and PostgreSQL, like V1.
-- The columns the list filters and sorts on are columns; what is read only with the incident
-- (linked alert snapshots, systems, observables, tasks) is one JSON document.
create sequence incident_seq start with 50 increment by 50;
create table incident (
    id bigint primary key,
    reference varchar(20) not null,
    ref_year integer not null,
    ref_number integer not null,
    title varchar(300) not null,
    description varchar(20000),
    severity varchar(20) not null,
    priority varchar(4) not null,
    status varchar(30) not null,
    resolution varchar(30),
    resolution_note varchar(5000),
    assignee varchar(100),
    system_level integer not null,
    detected_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    modified_at timestamp with time zone not null,
    responded_at timestamp with time zone,
    resolved_at timestamp with time zone,
    reported_at timestamp with time zone,
    reopen_count integer not null,
    document_json varchar(1000000) not null,
    version bigint not null,
    constraint incident_reference_unique unique (reference),
    constraint incident_year_number_unique unique (ref_year, ref_number)
);
create index incident_status_severity on incident (status, severity);
create index incident_detected on incident (detected_at);

-- The last number given in each year: read with a lock so that two creations never take one number.
create table incident_counter (
    counter_year integer primary key,
    last_number integer not null
);

-- Who may read an incident depends on its units. No foreign key to unit: the alerts' enrichment
-- names units from the pipeline's asset inventory, which may know a unit before the portal does.
create table incident_unit (
    incident_id bigint not null references incident (id),
    unit_id varchar(64) not null,
    primary key (incident_id, unit_id)
);
create index incident_unit_unit on incident_unit (unit_id);

-- An alert is escalated into one incident at most: the primary key refuses a second.
create table incident_alert (
    alert_id varchar(200) primary key,
    incident_id bigint not null references incident (id)
);
create index incident_alert_incident on incident_alert (incident_id);

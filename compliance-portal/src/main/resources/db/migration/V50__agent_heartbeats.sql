-- Monitoring coverage (SOC console): the newest heartbeat of each agent, read from
-- soc.agent.heartbeat. Portable between H2 2.x and PostgreSQL, like V1. One row per agent (the
-- record's key); the consumer replaces a row only with a newer heartbeat, so a replayed record
-- never moves an agent back in time. inputs is the JSON array of the inputs' states.
create table agent_heartbeat (
    agent_id varchar(200) primary key,
    unit_id varchar(200),
    host_name varchar(255) not null,
    agent_version varchar(100),
    agent_started timestamp with time zone,
    seen_at timestamp with time zone not null,
    lag_bytes bigint not null,
    spool_bytes bigint not null,
    spool_full boolean not null,
    kafka_connected boolean not null,
    read_count bigint not null,
    sent_count bigint not null,
    flagged_count bigint not null,
    send_failures bigint not null,
    inputs varchar(100000) not null,
    source_record varchar(300) not null
);
create index agent_heartbeat_host on agent_heartbeat (host_name);

-- Publishing to the SOC pipeline (Kafka). Portable between H2 2.x and PostgreSQL, like V1.

-- Transactional outbox: a row is written in the same transaction as the change it announces, and
-- the relay sends pending rows to Kafka in id order, then sets sent_at. topic is the base name
-- (soc.assets, soc.rules): the namespace is applied when sending. payload null = a tombstone;
-- an empty payload is a record with an empty value (how soc.rules keeps a rule disabled).
create sequence pipeline_outbox_seq start with 50 increment by 50;
create table pipeline_outbox (
    id bigint primary key,
    topic varchar(64) not null,
    record_key varchar(200) not null,
    payload varchar(1000000),
    created_at varchar(40) not null,
    sent_at varchar(40),
    attempts integer not null,
    last_error varchar(2000)
);
create index pipeline_outbox_pending on pipeline_outbox (sent_at, id);

-- The Sigma rules the portal has published to soc.rules, as last published.
create table pipeline_rule (
    rule_id varchar(200) primary key,
    title varchar(500) not null,
    rule_level varchar(40),
    kind varchar(20) not null,
    yaml varchar(200000) not null,
    enabled boolean not null,
    updated_by varchar(200) not null,
    updated_at varchar(40) not null,
    version bigint not null
);

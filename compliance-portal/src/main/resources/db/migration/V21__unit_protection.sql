-- The 4-layer model: each unit's declaration as one JSON document, read and written whole.
create table unit_protection (
    unit_id varchar(64) primary key references unit (id),
    document_json varchar(200000) not null,
    version bigint not null
);

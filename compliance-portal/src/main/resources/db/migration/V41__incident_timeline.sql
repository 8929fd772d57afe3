-- The incident's timeline and comments: appended, never changed. A comment is a timeline entry
-- with its text.
create sequence incident_entry_seq start with 50 increment by 50;
create table incident_entry (
    id bigint primary key,
    incident_id bigint not null references incident (id),
    entry_order integer not null,
    entry_at timestamp with time zone not null,
    by_user varchar(100) not null,
    kind varchar(20) not null,
    summary varchar(6000) not null,
    comment_text varchar(10000),
    constraint incident_entry_order_unique unique (incident_id, entry_order)
);

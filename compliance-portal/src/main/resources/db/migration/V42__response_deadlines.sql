-- Response deadlines by severity and the affected systems' highest Decree 85 level (0: unknown),
-- in minutes from detection; the admin edits them (PUT /api/incidents/deadlines).
-- The seed follows the alert priority table of soc-core (Priority): levels 2 and 3 (and unknown,
-- counted as 3) are the baseline, level 1 one step slower, levels 4 and 5 one step faster.
-- Our proposal, not a legal figure: no Vietnamese text sets response times by level.
create table response_deadline (
    severity varchar(20) not null,
    system_level integer not null,
    respond_minutes integer not null,
    resolve_minutes integer not null,
    updated_by varchar(100) not null,
    primary key (severity, system_level)
);
insert into response_deadline values ('CRITICAL', 0, 30, 1440, 'migration');
insert into response_deadline values ('CRITICAL', 1, 60, 2880, 'migration');
insert into response_deadline values ('CRITICAL', 2, 30, 1440, 'migration');
insert into response_deadline values ('CRITICAL', 3, 30, 1440, 'migration');
insert into response_deadline values ('CRITICAL', 4, 15, 720, 'migration');
insert into response_deadline values ('CRITICAL', 5, 15, 480, 'migration');
insert into response_deadline values ('HIGH', 0, 60, 4320, 'migration');
insert into response_deadline values ('HIGH', 1, 240, 7200, 'migration');
insert into response_deadline values ('HIGH', 2, 60, 4320, 'migration');
insert into response_deadline values ('HIGH', 3, 60, 4320, 'migration');
insert into response_deadline values ('HIGH', 4, 30, 2880, 'migration');
insert into response_deadline values ('HIGH', 5, 30, 1440, 'migration');
insert into response_deadline values ('MEDIUM', 0, 240, 10080, 'migration');
insert into response_deadline values ('MEDIUM', 1, 480, 20160, 'migration');
insert into response_deadline values ('MEDIUM', 2, 240, 10080, 'migration');
insert into response_deadline values ('MEDIUM', 3, 240, 10080, 'migration');
insert into response_deadline values ('MEDIUM', 4, 120, 7200, 'migration');
insert into response_deadline values ('MEDIUM', 5, 60, 4320, 'migration');
insert into response_deadline values ('LOW', 0, 1440, 43200, 'migration');
insert into response_deadline values ('LOW', 1, 2880, 86400, 'migration');
insert into response_deadline values ('LOW', 2, 1440, 43200, 'migration');
insert into response_deadline values ('LOW', 3, 1440, 43200, 'migration');
insert into response_deadline values ('LOW', 4, 480, 20160, 'migration');
insert into response_deadline values ('LOW', 5, 240, 10080, 'migration');

-- The units of the demo realm's users (deploy/stack DemoUser) and the sector's top levels.
-- Real deployments replace these rows through the units' own migration.
insert into unit (id, name, kind, parent_id) values ('byt', 'Bộ Y tế', 'MINISTRY', null);
insert into unit (id, name, kind, parent_id) values ('byt-cntt', 'Cục Công nghệ thông tin', 'MINISTRY_DEPARTMENT', 'byt');
insert into unit (id, name, kind, parent_id) values ('byt-thanh-tra', 'Thanh tra Bộ', 'MINISTRY_DEPARTMENT', 'byt');
insert into unit (id, name, kind, parent_id) values ('bv-bach-mai', 'Bệnh viện Bạch Mai', 'CENTRAL_HOSPITAL', 'byt');
insert into unit (id, name, kind, parent_id) values ('syt-ha-noi', 'Sở Y tế Hà Nội', 'PROVINCIAL_HEALTH_DEPARTMENT', 'byt');
insert into unit (id, name, kind, parent_id) values ('bv-xanh-pon', 'Bệnh viện Đa khoa Xanh Pôn', 'PROVINCIAL_HOSPITAL', 'syt-ha-noi');

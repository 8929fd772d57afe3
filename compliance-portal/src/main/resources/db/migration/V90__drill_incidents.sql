-- Drills on the real pipeline (issue 8). An incident escalated from a drill run's alerts carries
-- the run's mark (the alerts' labels.soc_drill), so that the statistics of real incidents leave it
-- out; null for every real incident, which all incidents before this migration are.
alter table incident add column drill_mark varchar(64);

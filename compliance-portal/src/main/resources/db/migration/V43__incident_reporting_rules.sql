-- Duties to report an incident outside the unit, as data (LEGAL.md "Incidents").
-- Circular 20/2017/TT-BTTTT (confirmed): the operator notifies within 5 days of detection the
-- system owner, the national coordinating agency, the specialized response unit and the network
-- members concerned. Calendar days (the circular's "ngày"; working days would be our guess).
-- The agencies' present names are unconfirmed (renamed or merged since?): confirmed = false.
create table reporting_rule (
    code varchar(64) primary key,
    source varchar(300) not null,
    description varchar(2000) not null,
    within_hours integer not null,
    confirmed boolean not null
);
create table report_recipient (
    rule_code varchar(64) not null references reporting_rule (code),
    entry_order integer not null,
    recipient_role varchar(300) not null,
    name varchar(300) not null,
    confirmed boolean not null,
    contact varchar(500),
    primary key (rule_code, entry_order)
);
insert into reporting_rule values ('TT20-2017-NOTIFY', 'Thông tư 20/2017/TT-BTTTT',
    'Báo cáo sự cố an toàn thông tin mạng trong vòng 05 ngày kể từ khi phát hiện, đồng thời cho chủ quản hệ thống thông tin, cơ quan điều phối quốc gia, đơn vị chuyên trách ứng cứu sự cố và thành viên mạng lưới liên quan',
    120, true);
insert into report_recipient values ('TT20-2017-NOTIFY', 1, 'chủ quản hệ thống thông tin',
    'Đơn vị chủ quản của hệ thống bị sự cố', true, null);
insert into report_recipient values ('TT20-2017-NOTIFY', 2, 'cơ quan điều phối quốc gia',
    'Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam (VNCERT/CC)', false, null);
insert into report_recipient values ('TT20-2017-NOTIFY', 3, 'đơn vị chuyên trách ứng cứu sự cố',
    'Cục Công nghệ thông tin, Bộ Y tế', false, null);
insert into report_recipient values ('TT20-2017-NOTIFY', 4, 'thành viên mạng lưới ứng cứu sự cố liên quan',
    'Thành viên mạng lưới ứng cứu sự cố quốc gia có liên quan', false, null);

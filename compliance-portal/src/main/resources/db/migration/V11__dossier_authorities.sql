-- The appraising and approving authority by level (Decree 85/2016/ND-CP, Art. 12), in our words,
-- with what is confirmed and what is not (../shared/LEGAL.md). Days are calendar days; where the
-- law gives none, 15 + 7 days are the portal's own defaults, to be set by the Ministry.
insert into dossier_authority (security_level, appraiser, approver, legal_basis, confirmation, appraisal_days, approval_days, revision_days, note) values (1,
    'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
    'Chủ quản hệ thống thông tin (người đứng đầu đơn vị chủ quản)',
    'Decree 85/2016/ND-CP, Art. 12', 'CONFIRMED', 15, 7, 30,
    'Levels 1-2: appraised and approved within the owner (LEGAL.md: confirmed). Days: portal defaults.');
insert into dossier_authority (security_level, appraiser, approver, legal_basis, confirmation, appraisal_days, approval_days, revision_days, note) values (2,
    'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
    'Chủ quản hệ thống thông tin (người đứng đầu đơn vị chủ quản)',
    'Decree 85/2016/ND-CP, Art. 12', 'CONFIRMED', 15, 7, 30,
    'Levels 1-2: appraised and approved within the owner (LEGAL.md: confirmed). Days: portal defaults.');
insert into dossier_authority (security_level, appraiser, approver, legal_basis, confirmation, appraisal_days, approval_days, revision_days, note) values (3,
    'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
    'Chủ quản hệ thống thông tin (người đứng đầu đơn vị chủ quản hoặc cấp trên)',
    'Decree 85/2016/ND-CP, Art. 12', 'UNCONFIRMED', 15, 7, 30,
    'Appraisal by the owner''s security unit is confirmed; approval by the owner is not (LEGAL.md). Days: portal defaults.');
insert into dossier_authority (security_level, appraiser, approver, legal_basis, confirmation, appraisal_days, approval_days, revision_days, note) values (4,
    'Cơ quan quản lý nhà nước về an toàn thông tin mạng: trước 01/03/2025 Bộ Thông tin và Truyền thông (Cục An toàn thông tin); từ 01/03/2025 Bộ Công an (Cục A05) theo bàn giao chức năng; phối hợp Bộ Quốc phòng, Bộ Công an khi liên quan',
    'Bộ chủ quản (Bộ Y tế)',
    'Decree 85/2016/ND-CP, Art. 12', 'UNCONFIRMED', 30, 7, 30,
    'The decree names the Ministry of Information and Communications. On 01/03/2025 that ministry was merged into the Ministry of Science and Technology (Decree 55/2025/ND-CP), while the state management of network information security was handed to the Ministry of Public Security (press reports of the handover of 28/02/2025). Which body appraises level-4 dossiers now is unconfirmed: check before use. Days: one province''s published procedure (appraisal 30 days, approval 7 working days, here taken as calendar days).');
insert into dossier_authority (security_level, appraiser, approver, legal_basis, confirmation, appraisal_days, approval_days, revision_days, note) values (5,
    'Cơ quan quản lý nhà nước về an toàn thông tin mạng (như cấp độ 4), phối hợp các bộ liên quan',
    'Thủ tướng Chính phủ',
    'Decree 85/2016/ND-CP, Art. 12', 'UNCONFIRMED', 30, 15, 30,
    'Approval at Government level; Prime Minister rather than the Government as a body is unconfirmed (LEGAL.md). The appraiser follows level 4 (unconfirmed). Days: portal defaults.');

-- Demo data: only with -Dsamhandling.demo=true (run.sh), never in production. Repeatable and idempotent.
-- Every demo user has the password 'samhandling-demo' (bcrypt, cost 10).
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
    SELECT 'sekretariat', '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK', 'Demo Sekretariat', 'sekretariat@example.org', (SELECT id FROM health_community WHERE code = 'ahus'), NULL
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE username = 'sekretariat');
INSERT INTO user_role (user_id, role) SELECT id, 'SECRETARIAT' FROM user_account u WHERE username = 'sekretariat'
    AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'SECRETARIAT');
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
    SELECT 'lillestrom', '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK', 'Demo Kommuneadministrator Lillestrøm', 'lillestrom@example.org', (SELECT id FROM health_community WHERE code = 'ahus'), (SELECT id FROM partner WHERE municipality_number = '3205')
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE username = 'lillestrom');
INSERT INTO user_role (user_id, role) SELECT id, 'MUNICIPAL_ADMIN' FROM user_account u WHERE username = 'lillestrom'
    AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'MUNICIPAL_ADMIN');
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
    SELECT 'nesodden', '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK', 'Demo Kommuneadministrator Nesodden', 'nesodden@example.org', (SELECT id FROM health_community WHERE code = 'ahus'), (SELECT id FROM partner WHERE municipality_number = '3212')
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE username = 'nesodden');
INSERT INTO user_role (user_id, role) SELECT id, 'MUNICIPAL_ADMIN' FROM user_account u WHERE username = 'nesodden'
    AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'MUNICIPAL_ADMIN');
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
    SELECT 'ahus', '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK', 'Demo Sykehusadministrator', 'ahus@example.org', (SELECT id FROM health_community WHERE code = 'ahus'), (SELECT id FROM partner WHERE kind = 'HOSPITAL_TRUST' AND name = 'Akershus universitetssykehus HF')
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE username = 'ahus');
INSERT INTO user_role (user_id, role) SELECT id, 'HOSPITAL_ADMIN' FROM user_account u WHERE username = 'ahus'
    AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'HOSPITAL_ADMIN');
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
    SELECT 'medlem', '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK', 'Demo Medlem', 'medlem@example.org', (SELECT id FROM health_community WHERE code = 'ahus'), NULL
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE username = 'medlem');
INSERT INTO user_role (user_id, role) SELECT id, 'MEMBER' FROM user_account u WHERE username = 'medlem'
    AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'MEMBER');
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
    SELECT 'arkiv-lillestrom', '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK', 'Arkivsystem Lillestrøm (maskinkonto)', 'arkiv-lillestrom@example.org', (SELECT id FROM health_community WHERE code = 'ahus'), (SELECT id FROM partner WHERE municipality_number = '3205')
    WHERE NOT EXISTS (SELECT 1 FROM user_account WHERE username = 'arkiv-lillestrom');
INSERT INTO user_role (user_id, role) SELECT id, 'ARCHIVE_SYSTEM' FROM user_account u WHERE username = 'arkiv-lillestrom'
    AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'ARCHIVE_SYSTEM');
UPDATE partner SET contact_email = 'postmottak@lillestrom.example.org', contact_phone = '+47 66 93 80 00',
    archive_system = 'Elements', archive_account = 'demo-lillestrom-arkiv', archive_enabled = TRUE
    WHERE municipality_number = '3205' AND contact_email IS NULL;

-- A living SSU: one coming meeting with three cases on its agenda.
INSERT INTO meeting (community_id, body_id, starts_at, place, title)
    SELECT c.id, b.id, TIMESTAMP WITH TIME ZONE '2026-12-10 10:00:00+01:00', 'Ahus Nordbyhagen, møterom Glassgården', 'SSU-møte desember 2026'
    FROM health_community c JOIN body b ON b.community_id = c.id AND b.code = 'SSU'
    WHERE c.code = 'ahus' AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.title = 'SSU-møte desember 2026');
INSERT INTO case_file (community_id, body_id, case_year, case_sequence, title, step, consequences, has_consequences,
                       proposal, status, registered_on)
    SELECT m.community_id, m.body_id, 2026, 12, 'Årlig gjennomgang av overordnet samarbeidsavtale', 'DISCUSSION', 'Ingen økonomiske eller driftsmessige konsekvenser.', FALSE,
           'SSU gjennomfører den årlige gjennomgangen og gir innspill til AU.', 'OPEN', DATE '2026-11-02'
    FROM meeting m WHERE m.title = 'SSU-møte desember 2026'
    AND NOT EXISTS (SELECT 1 FROM case_file f WHERE f.body_id = m.body_id AND f.case_year = 2026 AND f.case_sequence = 12);
INSERT INTO agenda_item (meeting_id, case_id, step)
    SELECT m.id, f.id, f.step FROM meeting m JOIN case_file f ON f.body_id = m.body_id AND f.case_year = 2026 AND f.case_sequence = 12
    WHERE m.title = 'SSU-møte desember 2026'
    AND NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND a.case_id = f.id);
INSERT INTO case_file (community_id, body_id, case_year, case_sequence, title, step, consequences, has_consequences,
                       proposal, status, registered_on)
    SELECT m.community_id, m.body_id, 2026, 13, 'Handlingsplan 2027 for samhandlingsstrategien', 'DECISION', 'Tiltakene dekkes innenfor partenes egne budsjetter.', TRUE,
           'SSU vedtar handlingsplan 2027 og ber AU følge opp tiltakene.', 'OPEN', DATE '2026-11-02'
    FROM meeting m WHERE m.title = 'SSU-møte desember 2026'
    AND NOT EXISTS (SELECT 1 FROM case_file f WHERE f.body_id = m.body_id AND f.case_year = 2026 AND f.case_sequence = 13);
INSERT INTO agenda_item (meeting_id, case_id, step)
    SELECT m.id, f.id, f.step FROM meeting m JOIN case_file f ON f.body_id = m.body_id AND f.case_year = 2026 AND f.case_sequence = 13
    WHERE m.title = 'SSU-møte desember 2026'
    AND NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND a.case_id = f.id);
INSERT INTO case_file (community_id, body_id, case_year, case_sequence, title, step, consequences, has_consequences,
                       proposal, status, registered_on)
    SELECT m.community_id, m.body_id, 2026, 14, 'Retningslinje for utskrivningsklare pasienter – revisjon', 'DISCUSSION', 'Driftsmessige konsekvenser for kommunenes korttidsplasser; utredes til trinn 2.', TRUE,
           'SSU gir innspill til revidert retningslinje; saken legges fram til vedtak i neste møte.', 'OPEN', DATE '2026-11-02'
    FROM meeting m WHERE m.title = 'SSU-møte desember 2026'
    AND NOT EXISTS (SELECT 1 FROM case_file f WHERE f.body_id = m.body_id AND f.case_year = 2026 AND f.case_sequence = 14);
INSERT INTO agenda_item (meeting_id, case_id, step)
    SELECT m.id, f.id, f.step FROM meeting m JOIN case_file f ON f.body_id = m.body_id AND f.case_year = 2026 AND f.case_sequence = 14
    WHERE m.title = 'SSU-møte desember 2026'
    AND NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id AND a.case_id = f.id);

-- the secretariat and Lillestrøm's administrator receive the daily reminder digest
INSERT INTO reminder_preference (user_id, enabled, days_ahead, papers, follow_up, agreement, bodies, archive)
SELECT u.id, TRUE, 14, TRUE, TRUE, TRUE, TRUE, TRUE FROM user_account u
    WHERE u.username IN ('sekretariat', 'lillestrom')
    AND NOT EXISTS (SELECT 1 FROM reminder_preference p WHERE p.user_id = u.id);

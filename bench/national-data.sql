-- A national installation for the benchmark (issue 18): health communities beside the demo's Ahus, each with a
-- hospital trust and its municipalities, bodies on three levels, people and seats, ten years of meetings, cases,
-- decisions, follow-up, disputes, and the archive messages every decision sent to every party, with receipts.
-- PostgreSQL only, plain SQL (set-based, minutes for the full size). Run it through bench/national-data.sh on a
-- database the server has migrated; it adds to what is there and refuses to run twice.
--   psql -v communities=20 -v cases=10000 -v years=10 -f bench/national-data.sql
-- At the defaults: 200,000 cases, ~50,000 decisions, ~950,000 archive messages. Generated records have no revision
-- history (Envers): the benchmark measures lists, search, start pages and the archive path, not the history page.
\set ON_ERROR_STOP on
\timing on
BEGIN;

DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM health_community WHERE code LIKE 'national-%') THEN
        RAISE EXCEPTION 'national data is already here: generate into a fresh database';
    END IF;
END $$;

CREATE TEMP TABLE gen AS SELECT :communities::int AS communities, :cases::int AS cases, :years::int AS years,
    (current_date - make_interval(years => :years::int))::date AS since,
    -- the demo users' password, 'samhandling-demo' (bcrypt, cost 10)
    '$2a$10$VDEsycjUMAJ5Y6LRToHrLebOjuNO5nFU6.DzI3luWTI4YW5RWhYEK'::text AS password_hash;

CREATE TEMP TABLE trust_name (n int PRIMARY KEY, name text);
INSERT INTO trust_name VALUES (1, 'Helse Bergen'), (2, 'St. Olavs hospital'), (3, 'Universitetssykehuset Nord-Norge'),
    (4, 'Sørlandet sykehus'), (5, 'Sykehuset Innlandet'), (6, 'Vestre Viken'), (7, 'Sykehuset i Vestfold'),
    (8, 'Sykehuset Telemark'), (9, 'Sykehuset Østfold'), (10, 'Helse Stavanger'), (11, 'Helse Fonna'),
    (12, 'Helse Førde'), (13, 'Helse Møre og Romsdal'), (14, 'Helse Nord-Trøndelag'), (15, 'Nordlandssykehuset'),
    (16, 'Helgelandssykehuset'), (17, 'Finnmarkssykehuset'), (18, 'Oslo universitetssykehus'),
    (19, 'Sykehuset Namsos'), (20, 'Helse Nordmøre');

-- communities, regions, parties -------------------------------------------------------------------------------
INSERT INTO health_community (code, name, formalised_on)
SELECT 'national-' || lpad(c::text, 2, '0'),
       'Helsefellesskapet ' || coalesce((SELECT name FROM trust_name WHERE n = c), 'nr. ' || c) || ' og kommunene',
       (SELECT since FROM gen)
FROM generate_series(1, (SELECT communities FROM gen)) c;

CREATE TEMP TABLE gen_community AS
SELECT id, substring(code FROM 10)::int AS c FROM health_community WHERE code LIKE 'national-%';

INSERT INTO region (community_id, name)
SELECT g.id, r FROM gen_community g, unnest(ARRAY['Nord', 'Sør', 'Øst', 'Vest']) r;

INSERT INTO partner (kind, name, contact_email, archive_code, archive_enabled)
SELECT 'HOSPITAL_TRUST', coalesce((SELECT name FROM trust_name WHERE n = g.c), 'Helseforetak ' || g.c) || ' HF',
       'post@hf' || g.c || '.example.org', 'NHF' || lpad(g.c::text, 2, '0'), TRUE
FROM gen_community g;

-- 18 municipalities each, numbered 6000 and up (no real municipality has those numbers)
INSERT INTO partner (kind, name, municipality_number, contact_email, archive_code, archive_enabled)
SELECT 'MUNICIPALITY', 'Kommune ' || lpad(g.c::text, 2, '0') || '-' || lpad(m::text, 2, '0'),
       (6000 + g.c * 20 + m)::text, 'postmottak@k' || g.c || '-' || m || '.example.org',
       'N' || (6000 + g.c * 20 + m), m % 3 <> 0
FROM gen_community g, generate_series(1, 18) m;

CREATE TEMP TABLE gen_party AS
SELECT g.id AS community_id, g.c, p.id AS partner_id, p.kind,
       CASE WHEN p.kind = 'MUNICIPALITY' THEN p.municipality_number::int - 6000 - g.c * 20 ELSE 0 END AS m
FROM gen_community g JOIN partner p
  ON (p.kind = 'MUNICIPALITY' AND p.municipality_number::int BETWEEN 6000 + g.c * 20 + 1 AND 6000 + g.c * 20 + 18)
  OR (p.kind = 'HOSPITAL_TRUST' AND p.archive_code = 'NHF' || lpad(g.c::text, 2, '0'));
CREATE INDEX ON gen_party (community_id, m);

INSERT INTO community_party (version, community_id, partner_id, region_id, joined_on)
SELECT 0, p.community_id, p.partner_id,
       CASE WHEN p.kind = 'MUNICIPALITY' THEN (SELECT r.id FROM region r WHERE r.community_id = p.community_id
                                               ORDER BY r.id OFFSET p.m % 4 LIMIT 1) END,
       (SELECT since FROM gen)
FROM gen_party p;

-- bodies on three levels, people and seats --------------------------------------------------------------------
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from)
SELECT g.id, b.code, b.name_nb, b.name_en, b.kind, b.level, (SELECT since FROM gen)
FROM gen_community g, (VALUES
    ('PM', 'Partnerskapsmøtet', 'Partnership meeting', 'PARTNERSHIP_MEETING', 1),
    ('SSU', 'Strategisk samarbeidsutvalg (SSU)', 'Strategic committee (SSU)', 'STRATEGIC_COMMITTEE', 2),
    ('AU', 'Arbeidsutvalg/sekretariat (AU)', 'Working committee / secretariat (AU)', 'WORKING_COMMITTEE', 2),
    ('FU-PH', 'Faglig samarbeidsutvalg psykisk helse og rus', 'Professional committee mental health', 'PROFESSIONAL_COMMITTEE', 3),
    ('FU-BU', 'Faglig samarbeidsutvalg barn og unge', 'Professional committee children', 'PROFESSIONAL_COMMITTEE', 3),
    ('FU-EL', 'Faglig samarbeidsutvalg eldre og skrøpelige', 'Professional committee elderly', 'PROFESSIONAL_COMMITTEE', 3),
    ('FU-LM', 'Faglig samarbeidsutvalg legemidler', 'Professional committee medicines', 'PROFESSIONAL_COMMITTEE', 3),
    ('FU-AK', 'Faglig samarbeidsutvalg akuttmedisin', 'Professional committee emergency care', 'PROFESSIONAL_COMMITTEE', 3)
) AS b(code, name_nb, name_en, kind, level);

CREATE TEMP TABLE gen_body AS
SELECT b.id, b.community_id, b.code, (row_number() OVER (PARTITION BY b.community_id ORDER BY b.id) - 1)::int AS n
FROM body b JOIN gen_community g ON g.id = b.community_id WHERE b.code <> 'PM';
CREATE INDEX ON gen_body (community_id, n);

-- three people per party: a leader, a health chief, a coordinator
INSERT INTO person (community_id, full_name, partner_id, position, work_email)
SELECT p.community_id, pos.first || ' ' || (ARRAY['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen',
        'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen'])[1 + (p.partner_id + pos.k) % 12],
       p.partner_id,
       CASE WHEN p.kind = 'HOSPITAL_TRUST' THEN pos.hospital ELSE pos.municipal END,
       'person' || p.partner_id || '-' || pos.k || '@example.org'
FROM gen_party p, (VALUES (1, 'Kari', 'HOSPITAL_CEO', 'MUNICIPAL_CHIEF_EXECUTIVE'),
                          (2, 'Ola', 'CLINIC_DIRECTOR', 'HEAD_OF_HEALTH_SERVICES'),
                          (3, 'Ingrid', 'COOPERATION_ADVISER', 'COOPERATION_COORDINATOR')) AS pos(k, first, hospital, municipal);

-- SSU: every party's leader; AU: the health chiefs of six municipalities and the hospital; committees: coordinators
INSERT INTO membership (body_id, person_id, party, seat_type, term_from)
SELECT b.id, pe.id, CASE WHEN pa.kind = 'HOSPITAL_TRUST' THEN 'HOSPITAL' ELSE 'MUNICIPALITIES' END, 'FIXED',
       (SELECT since FROM gen)
FROM gen_body b
JOIN gen_party pa ON pa.community_id = b.community_id
JOIN person pe ON pe.partner_id = pa.partner_id AND pe.community_id = b.community_id
WHERE (b.code = 'SSU' AND pe.work_email LIKE '%-1@example.org')
   OR (b.code = 'AU' AND pe.work_email LIKE '%-2@example.org' AND pa.m <= 6)
   OR (b.code LIKE 'FU-%' AND pe.work_email LIKE '%-3@example.org' AND (pa.m + b.n) % 3 = 0);

-- ten meetings a year for every body but the partnership meeting -----------------------------------------------
INSERT INTO meeting (community_id, body_id, starts_at, ends_at, place, title)
SELECT b.community_id, b.id,
       timezone('Europe/Oslo', (SELECT since FROM gen) + y * 365 + k * 35 + b.n * 2 + time '10:00'),
       timezone('Europe/Oslo', (SELECT since FROM gen) + y * 365 + k * 35 + b.n * 2 + time '14:00'),
       'Møterom ' || (1 + k % 4), b.code || '-møte ' || (k + 1) || '/' || extract(year FROM (SELECT since FROM gen) + y * 365)
FROM gen_body b, generate_series(0, (SELECT years FROM gen) - 1) y, generate_series(0, 9) k;

CREATE TEMP TABLE gen_meeting AS
SELECT m.id, m.body_id, m.starts_at, extract(year FROM m.starts_at AT TIME ZONE 'Europe/Oslo')::int AS yr,
       row_number() OVER (PARTITION BY m.body_id, extract(year FROM m.starts_at AT TIME ZONE 'Europe/Oslo') ORDER BY m.starts_at) - 1 AS k,
       count(*) OVER (PARTITION BY m.body_id, extract(year FROM m.starts_at AT TIME ZONE 'Europe/Oslo')) AS per_year
FROM meeting m JOIN gen_body b ON b.id = m.body_id;
CREATE INDEX ON gen_meeting (body_id, yr, k);

-- cases, spread over the bodies and the years; words common and rare, for the search -----------------------------
CREATE TEMP TABLE gen_case AS
SELECT g.id AS community_id, i,
       (SELECT gb.id FROM gen_body gb WHERE gb.community_id = g.id AND gb.n = (CASE WHEN i % 10 < 3 THEN 0 WHEN i % 10 < 5 THEN 1 ELSE 2 + i % 5 END)) AS body_id,
       ((SELECT since FROM gen) + (i::bigint * (SELECT years FROM gen) * 365 / (SELECT cases FROM gen))::int) AS registered_on,
       (SELECT gp.partner_id FROM gen_party gp WHERE gp.community_id = g.id AND gp.m = i % 19) AS proposed_by,
       CASE WHEN i % 20 < 5 THEN 'DECIDED' WHEN i % 20 = 5 THEN 'WITHDRAWN' WHEN i % 40 = 6 THEN 'NO_CONSENSUS'
            WHEN i % 40 = 26 THEN 'REFERRED' ELSE 'OPEN' END AS status
FROM gen_community g, generate_series(1, (SELECT cases FROM gen)) i;

INSERT INTO case_file (community_id, body_id, case_year, case_sequence, title, step, status, description, proposal,
                       proposed_by_partner_id, registered_on, has_consequences)
SELECT c.community_id, c.body_id, extract(year FROM c.registered_on)::int,
       row_number() OVER (PARTITION BY c.body_id, extract(year FROM c.registered_on) ORDER BY c.i),
       (ARRAY['Felles rutine for', 'Retningslinje for', 'Samarbeid om', 'Evaluering av', 'Høring om', 'Orientering om',
              'Tiltaksplan for', 'Avvik i', 'Prosjekt om', 'Delavtale om'])[1 + c.i % 10] || ' ' ||
       (ARRAY['utskrivningsklare pasienter', 'legemiddelsamstemming', 'psykisk helse og rus', 'barn og unge',
              'eldre og skrøpelige', 'habilitering og rehabilitering', 'jordmortjeneste', 'IKT-samhandling',
              'øyeblikkelig hjelp døgnopphold', 'ernæring', 'smittevern', 'beredskap', 'svangerskapsomsorg',
              'palliasjon', 'demensomsorg', 'velferdsteknologi', 'pakkeforløp hjem', 'kompetansedeling',
              'digital hjemmeoppfølging', 'samvalg'])[1 + (c.i / 10) % 20] ||
       CASE WHEN c.i % 997 = 0 THEN ' og trykksårforebygging' ELSE '' END || ' ' || c.i,
       CASE WHEN c.status = 'DECIDED' THEN 'DECISION' ELSE 'DISCUSSION' END, c.status,
       'Saken gjelder ' || lower((ARRAY['pasientforløp', 'kapasitet', 'kompetanse', 'dokumentasjon', 'økonomi'])[1 + c.i % 5])
           || ' i samhandlingen mellom sykehuset og kommunene.',
       'Utvalget slutter seg til forslaget.', c.proposed_by, c.registered_on, c.i % 3 = 0
FROM gen_case c;

CREATE TEMP TABLE gen_case_file AS
SELECT cf.id, cf.body_id, cf.status, cf.proposed_by_partner_id, cf.community_id,
       extract(year FROM cf.registered_on)::int AS yr, cf.case_sequence
FROM case_file cf JOIN gen_community g ON g.id = cf.community_id;

-- each case on the agenda of a meeting of its body in its year --------------------------------------------------
INSERT INTO agenda_item (meeting_id, case_id, step, outcome, outcome_note)
SELECT m.id, c.id, CASE WHEN c.status = 'DECIDED' THEN 'DECISION' ELSE 'DISCUSSION' END,
       CASE c.status WHEN 'DECIDED' THEN 'DECIDED' WHEN 'NO_CONSENSUS' THEN 'NO_CONSENSUS' WHEN 'REFERRED' THEN 'REFERRED'
                     ELSE CASE WHEN m.starts_at < now() THEN 'DISCUSSED' END END,
       CASE WHEN c.status = 'OPEN' AND m.starts_at < now() THEN 'Drøftet; innspillene tas med videre.' END
FROM gen_case_file c
JOIN gen_meeting m ON m.body_id = c.body_id AND m.yr = c.yr AND m.k = c.case_sequence % m.per_year;

INSERT INTO decision (case_id, agenda_item_id, text, decided_on, recorded_by)
SELECT c.id, a.id, 'Utvalget vedtar forslaget og ber partene følge det opp innen fristen.',
       (m.starts_at AT TIME ZONE 'Europe/Oslo')::date, 'generator'
FROM gen_case_file c JOIN agenda_item a ON a.case_id = c.id JOIN meeting m ON m.id = a.meeting_id
WHERE c.status = 'DECIDED';

INSERT INTO follow_up_action (community_id, decision_id, description, responsible_partner_id, due_on, status, completed_on)
SELECT c.community_id, d.id, 'Innføre vedtaket i egen organisasjon', c.proposed_by_partner_id, d.decided_on + 90,
       CASE WHEN d.decided_on + 90 < current_date THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN d.decided_on + 90 < current_date THEN d.decided_on + 80 END
FROM decision d JOIN gen_case_file c ON c.id = d.case_id;

-- disputes: two a month per community ---------------------------------------------------------------------------
INSERT INTO dispute (community_id, dispute_year, dispute_sequence, kind, subject, title, description, municipality_id,
                     raised_by_id, opened_on, status, current_step, closed_on, outcome, recorded_by)
SELECT g.id, extract(year FROM d.opened)::int,
       row_number() OVER (PARTITION BY g.id, extract(year FROM d.opened) ORDER BY d.k),
       CASE WHEN d.k % 4 = 0 THEN 'AGREEMENT' ELSE 'PATIENT_CASE' END,
       CASE WHEN d.k % 4 = 0 THEN 'ROUTINE' END,
       'Uenighet om ' || (ARRAY['utskrivning', 'ansvar for hjelpemidler', 'betaling for utskrivningsklare',
                                'oppfølging etter innleggelse'])[1 + d.k % 4] || ' ' || d.k,
       'Partene er uenige om ansvaret.', p.partner_id, p.partner_id, d.opened,
       CASE WHEN d.opened < current_date - 120 THEN 'RESOLVED' ELSE 'OPEN' END, 'DIALOGUE',
       CASE WHEN d.opened < current_date - 120 THEN d.opened + 60 END,
       CASE WHEN d.opened < current_date - 120 THEN 'Løst i dialog mellom partene.' END, 'generator'
FROM gen_community g
CROSS JOIN LATERAL (SELECT k, (SELECT since FROM gen) + k * 15 AS opened
                    FROM generate_series(1, (SELECT years FROM gen) * 24) k) d
JOIN gen_party p ON p.community_id = g.id AND p.m = 1 + d.k % 18;

-- what every decision sent to every party's archive, with receipts ----------------------------------------------
INSERT INTO archive_outbox (message_id, community_id, recipient_partner_id, message_type, aggregate_type, aggregate_id,
                            sequence_number, payload, created_at, sent_at, attempt, receipt_at)
SELECT gen_random_uuid()::text, c.community_id, p.partner_id, 'case.decision-recorded', 'Case', c.id, 1,
       '<arkivmelding xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1">'
       || '<system>Samhandling</system><meldingId>' || c.id || '-' || p.partner_id || '</meldingId>'
       || '<tidspunkt>' || to_char(d.decided_on, 'YYYY-MM-DD') || 'T16:00:00+01:00</tidspunkt><antallFiler>0</antallFiler>'
       || '<mappe><tittel>Sak ' || c.case_sequence || '/' || c.yr || '</tittel><registrering><tittel>Vedtak</tittel>'
       || '<part><partNavn>' || p.partner_id || '</partNavn></part></registrering></mappe></arkivmelding>',
       timezone('Europe/Oslo', d.decided_on + time '16:00'),
       timezone('Europe/Oslo', d.decided_on + time '16:00:02'), 1,
       CASE WHEN (c.id + p.partner_id) % 20 <> 0 THEN timezone('Europe/Oslo', d.decided_on + time '16:05') END
FROM decision d JOIN gen_case_file c ON c.id = d.case_id JOIN gen_party p ON p.community_id = c.community_id;

INSERT INTO archive_receipt (outbox_message_id, partner_id, outcome, archive_reference, received_at)
SELECT o.id, o.recipient_partner_id, 'CREATED', 'ARK-' || o.id, o.receipt_at
FROM archive_outbox o JOIN gen_community g ON g.id = o.community_id WHERE o.receipt_at IS NOT NULL;

-- users: a secretariat and every municipality's administrator (password 'samhandling-demo') -----------------------
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
SELECT 'sekretariat-' || lpad(g.c::text, 2, '0'), (SELECT password_hash FROM gen), 'Sekretariatet ' || g.c,
       'sekretariat-' || g.c || '@example.org', g.id, NULL
FROM gen_community g;
INSERT INTO user_account (username, password_hash, full_name, email, community_id, partner_id)
SELECT 'kommune-' || lpad(p.c::text, 2, '0') || '-' || lpad(p.m::text, 2, '0'), (SELECT password_hash FROM gen),
       'Kommuneadministrator ' || p.c || '-' || p.m, 'kommune-' || p.c || '-' || p.m || '@example.org',
       p.community_id, p.partner_id
FROM gen_party p WHERE p.kind = 'MUNICIPALITY';
INSERT INTO user_role (user_id, role)
SELECT id, CASE WHEN username LIKE 'sekretariat-%' THEN 'SECRETARIAT' ELSE 'MUNICIPAL_ADMIN' END
FROM user_account WHERE username ~ '^(sekretariat|kommune)-[0-9]{2}';

-- the generator checks itself (CI runs it small): every case, a decision for a quarter, a message per party
SELECT count(*) = (SELECT communities * cases FROM gen) AS cases_ok,
       (SELECT count(*) FROM decision d JOIN gen_case_file c ON c.id = d.case_id) = (SELECT count(*) FROM gen_case_file WHERE status = 'DECIDED') AS decisions_ok,
       (SELECT count(*) FROM archive_outbox o JOIN gen_community g ON g.id = o.community_id)
           = 19 * (SELECT count(*) FROM gen_case_file WHERE status = 'DECIDED') AS messages_ok
FROM gen_case_file \gset
\if :cases_ok
\else
SELECT 'the generator made another number of cases than asked' AS failed, 1 / 0;
\endif
\if :decisions_ok
\else
SELECT 'not every decided case has its decision' AS failed, 1 / 0;
\endif
\if :messages_ok
\else
SELECT 'not every decision has a message for each of its 19 parties' AS failed, 1 / 0;
\endif

COMMIT;
ANALYZE;

SELECT (SELECT count(*) FROM health_community) AS communities, (SELECT count(*) FROM partner) AS partners,
       (SELECT count(*) FROM case_file) AS cases, (SELECT count(*) FROM decision) AS decisions,
       (SELECT count(*) FROM follow_up_action) AS follow_up, (SELECT count(*) FROM dispute) AS disputes,
       (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM archive_outbox) AS archive_messages;

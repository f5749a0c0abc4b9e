-- Reference data of Helsefellesskapet Ahus og kommunene (DOMAIN.md "Reference data"). No personal names or e-mail
-- addresses: people are entered by users. Municipality numbers after the 2024 reform (SSB classification 131).
-- Regions are the default split (an assumption the secretariat can change in the application).

INSERT INTO health_community (code, name, formalised_on) VALUES ('ahus', 'Helsefellesskapet Ahus og kommunene', DATE '2021-12-01');

INSERT INTO partner (kind, name) VALUES ('HOSPITAL_TRUST', 'Akershus universitetssykehus HF');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Aurskog-Høland', '3226');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Eidskog', '3416');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Eidsvoll', '3240');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Enebakk', '3220');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Frogn', '3214');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Gjerdrum', '3230');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Grue', '3417');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Hurdal', '3242');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Kongsvinger', '3401');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Lillestrøm', '3205');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Lørenskog', '3222');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Nannestad', '3238');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Nes', '3228');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Nesodden', '3212');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Nittedal', '3232');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Nord-Odal', '3414');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Nordre Follo', '3207');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Rælingen', '3224');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Sør-Odal', '3415');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Ullensaker', '3209');
INSERT INTO partner (kind, name, municipality_number) VALUES ('MUNICIPALITY', 'Ås', '3218');

INSERT INTO region (community_id, name) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'Øvre Romerike');
INSERT INTO region (community_id, name) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'Nedre Romerike');
INSERT INTO region (community_id, name) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'Follo');
INSERT INTO region (community_id, name) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'Kongsvingerregionen');

INSERT INTO community_party (community_id, partner_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), id, DATE '2021-12-01' FROM partner WHERE kind = 'HOSPITAL_TRUST' AND name = 'Akershus universitetssykehus HF';
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3226' AND g.name = 'Nedre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3416' AND g.name = 'Kongsvingerregionen' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3240' AND g.name = 'Øvre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3220' AND g.name = 'Follo' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3214' AND g.name = 'Follo' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3230' AND g.name = 'Øvre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3417' AND g.name = 'Kongsvingerregionen' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3242' AND g.name = 'Øvre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3401' AND g.name = 'Kongsvingerregionen' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3205' AND g.name = 'Nedre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3222' AND g.name = 'Nedre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3238' AND g.name = 'Øvre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3228' AND g.name = 'Øvre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3212' AND g.name = 'Follo' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3232' AND g.name = 'Nedre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3414' AND g.name = 'Kongsvingerregionen' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3207' AND g.name = 'Follo' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3224' AND g.name = 'Nedre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3415' AND g.name = 'Kongsvingerregionen' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3209' AND g.name = 'Øvre Romerike' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');
INSERT INTO community_party (community_id, partner_id, region_id, joined_on) SELECT (SELECT id FROM health_community WHERE code = 'ahus'), p.id, g.id, DATE '2021-12-01' FROM partner p, region g WHERE p.municipality_number = '3218' AND g.name = 'Follo' AND g.community_id = (SELECT id FROM health_community WHERE code = 'ahus');

INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 1, 'Enighet om ansvar for oppgaver og aktuelle tiltak', 'Agreement on responsibility for tasks and measures');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 2, 'Koordinerte tjenester', 'Coordinated services');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 3, 'Innleggelse i sykehus', 'Admission to hospital');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 4, 'Kommunalt tilbud om akutt døgnopphold', 'Municipal emergency inpatient care');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 5, 'Utskrivningsklare pasienter', 'Patients ready for discharge');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 6, 'Kunnskapsoverføring og informasjonsutveksling', 'Knowledge transfer and information exchange');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 7, 'Forskning og utdanning', 'Research and education');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 8, 'Jordmortjenester', 'Midwifery services');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 9, 'Lokale IKT-løsninger', 'Local ICT solutions');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 10, 'Forebygging', 'Prevention');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 11, 'Beredskapsplaner og planer for den akuttmedisinske kjeden', 'Emergency preparedness and the acute medical chain');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 12, 'Utvikling og planlegging av tjenestene', 'Development and planning of services');
INSERT INTO collaboration_area (community_id, ordinal, name_nb, name_en) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 13, 'Barn og unge som mottar tjenester fra begge forvaltningsnivåene', 'Children and young people receiving services from both levels');

INSERT INTO priority_group (code, name_nb, name_en) VALUES ('CHILDREN_YOUTH', 'Barn og unge', 'Children and young people');
INSERT INTO priority_group (code, name_nb, name_en) VALUES ('SEVERE_MENTAL_ILLNESS', 'Personer med alvorlige psykiske lidelser og rusproblemer', 'People with severe mental illness and substance problems');
INSERT INTO priority_group (code, name_nb, name_en) VALUES ('MULTIPLE_CHRONIC', 'Personer med flere kroniske lidelser', 'People with several chronic conditions');
INSERT INTO priority_group (code, name_nb, name_en) VALUES ('FRAIL_ELDERLY', 'Skrøpelige eldre', 'Frail elderly');
INSERT INTO priority_group (code, name_nb, name_en) VALUES ('PREGNANCY_BIRTH', 'Kvinner i svangerskap, fødsel og barsel', 'Women in pregnancy, birth and postnatal care');

INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'AHUS_DISTRICTS', 'Helsefellesskapet Ahus og bydelene (Alna, Stovner, Grorud)', 'PARTNERSHIP_MEETING', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'STATSFORVALTEREN', 'Statsforvalteren', 'PARTNERSHIP_MEETING', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'KS', 'KS', 'PARTNERSHIP_MEETING', TRUE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'HELSE_SOR_OST', 'Helse Sør-Øst RHF', 'PARTNERSHIP_MEETING', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'KOMPETANSEBROEN', 'Kompetansebroen', 'PROFESSIONAL_COMMITTEES', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'USHT', 'Utviklingssenter for sykehjem og hjemmetjenester (USHT)', 'PROFESSIONAL_COMMITTEES', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'PREHOSPITAL_OUS', 'Prehospitale tjenester OUS', 'PROFESSIONAL_COMMITTEES', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'USER_ORGANISATIONS', 'Brukerorganisasjoner', 'BOTH', FALSE);
INSERT INTO invited_organisation (community_id, code, name, invited_to, observer) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'UNIVERSITIES', 'Utdanningsinstitusjoner', 'PROFESSIONAL_COMMITTEES', FALSE);

INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'PM', 'Partnerskapsmøtet', 'Partnership meeting', 'PARTNERSHIP_MEETING', 1, DATE '2021-12-01', NULL);
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'SSU', 'Strategisk samarbeidsutvalg (SSU)', 'Strategic committee (SSU)', 'STRATEGIC_COMMITTEE', 2, DATE '2024-09-12', NULL);
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'AU', 'Arbeidsutvalg/sekretariat (AU)', 'Working committee / secretariat (AU)', 'WORKING_COMMITTEE', 2, DATE '2024-09-12', NULL);
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'ASU', 'Administrativt samarbeidsutvalg (ASU)', 'Administrative committee (ASU)', 'ADMINISTRATIVE_COMMITTEE', 2, DATE '2021-12-01', DATE '2024-09-12');
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'SU', 'Helse- og omsorgsfaglig samarbeidsutvalg (SU)', 'Health and care committee (SU)', 'HEALTH_CARE_COMMITTEE', 2, DATE '2021-12-01', DATE '2024-09-12');
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'LSF', 'Ledersamarbeidsforum (LSF)', 'Leaders'' forum (LSF)', 'LEADERS_FORUM', 3, DATE '2021-12-01', DATE '2024-09-12');
INSERT INTO body (community_id, code, name_nb, name_en, kind, level, valid_from, valid_to) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'FAGRAD', 'Fagråd', 'Professional councils', 'COUNCIL', 3, DATE '2021-12-01', DATE '2024-09-12');

INSERT INTO framework_agreement (community_id, title) VALUES ((SELECT id FROM health_community WHERE code = 'ahus'), 'Overordnet samarbeidsavtale for Helsefellesskapet Ahus og kommunene');
INSERT INTO agreement_version (agreement_id, label, status, valid_from, owner_body_id, next_revision_year) VALUES ((SELECT id FROM framework_agreement WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus')), '2.0', 'IN_FORCE', DATE '2024-09-12', (SELECT id FROM body WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus') AND code = 'SSU'), 2026);
INSERT INTO agreement_approval (agreement_version_id, body_id, approved_on, approved_week, form, note) VALUES ((SELECT id FROM agreement_version WHERE label = '2.0' AND agreement_id = (SELECT id FROM framework_agreement WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus'))), (SELECT id FROM body WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus') AND code = 'SU'), NULL, '2024-W15', 'EMAIL', 'Uke 15, per e-post');
INSERT INTO agreement_approval (agreement_version_id, body_id, approved_on, approved_week, form, note) VALUES ((SELECT id FROM agreement_version WHERE label = '2.0' AND agreement_id = (SELECT id FROM framework_agreement WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus'))), (SELECT id FROM body WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus') AND code = 'ASU'), DATE '2024-04-16', NULL, 'EXTRAORDINARY_DIGITAL_MEETING', 'Ekstraordinært møte, digitalt');
INSERT INTO agreement_approval (agreement_version_id, body_id, approved_on, approved_week, form, note) VALUES ((SELECT id FROM agreement_version WHERE label = '2.0' AND agreement_id = (SELECT id FROM framework_agreement WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus'))), (SELECT id FROM body WHERE community_id = (SELECT id FROM health_community WHERE code = 'ahus') AND code = 'SSU'), DATE '2024-09-12', NULL, 'MEETING', 'Gyldig fra 12.09.2024');

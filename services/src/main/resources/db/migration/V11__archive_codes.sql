-- Each party's archive has a queue of its own, ArchiveNotifications.<archive_code>, that only the party's archive
-- account (role ARCHIVE_<archive_code>) and the secretariat may read. The code is stable across installations.
ALTER TABLE partner ADD COLUMN archive_code VARCHAR(20);
UPDATE partner SET archive_code = 'ahus' WHERE kind = 'HOSPITAL_TRUST' AND name = 'Akershus universitetssykehus HF';
UPDATE partner SET archive_code = 'k' || municipality_number WHERE municipality_number IS NOT NULL;
CREATE UNIQUE INDEX partner_archive_code ON partner (archive_code);

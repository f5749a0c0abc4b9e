-- R-BODY-6: professional committees are mandated by SSU (mandate text and date); user representation is decided
-- per committee (§5.2).
ALTER TABLE body ADD COLUMN mandate_text VARCHAR(4000);
ALTER TABLE body ADD COLUMN mandate_date DATE;
ALTER TABLE body ADD COLUMN user_representation BOOLEAN;

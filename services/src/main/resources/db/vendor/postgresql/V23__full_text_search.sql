-- Search on a real full-text index (issue 18), PostgreSQL: each searchable record keeps a tsvector of its words in
-- the 'norwegian' configuration (Snowball stemming, stop words), its heading weighted above its text, maintained by
-- the database itself (generated columns) and read through a GIN index: a search costs what it finds, not what the
-- community ever wrote. H2, the embedded default, searches in the application instead (db/vendor/h2).
ALTER TABLE case_file ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('norwegian', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('norwegian', coalesce(description, '') || ' ' || coalesce(proposal, '') || ' '
        || coalesce(alternatives, '') || ' ' || coalesce(consequences, '')), 'B')) STORED;
CREATE INDEX case_file_search ON case_file USING GIN (search_vector);

ALTER TABLE decision ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('norwegian', coalesce(text, ''))) STORED;
CREATE INDEX decision_search ON decision USING GIN (search_vector);

ALTER TABLE dispute ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('norwegian', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('norwegian', coalesce(description, '') || ' ' || coalesce(outcome, '')), 'B')) STORED;
CREATE INDEX dispute_search ON dispute USING GIN (search_vector);

ALTER TABLE body ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('norwegian', coalesce(name_nb, '') || ' ' || coalesce(code, '')), 'A') ||
    setweight(to_tsvector('norwegian', coalesce(name_en, '') || ' ' || coalesce(mandate_text, '')), 'B')) STORED;
CREATE INDEX body_search ON body USING GIN (search_vector);

ALTER TABLE person ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(full_name, '')), 'A') ||
    setweight(to_tsvector('norwegian', coalesce(organisation, '') || ' ' || coalesce(work_email, '')), 'B')) STORED;
CREATE INDEX person_search ON person USING GIN (search_vector);

ALTER TABLE agreement_document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('norwegian', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('norwegian', coalesce(label, '') || ' ' || coalesce(file_name, '')), 'B')) STORED;
CREATE INDEX agreement_document_search ON agreement_document USING GIN (search_vector);

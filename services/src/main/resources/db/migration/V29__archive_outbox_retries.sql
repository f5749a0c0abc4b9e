-- The archive relay retries a row it could not send (its recipient has no queue, or the broker refused it) with
-- back-off and a bounded number of attempts, then parks it for operations, who see it and send it again; every other
-- row flows meanwhile (issue 20). A row gets a version: operations' re-sends and receipts are checked against it.
ALTER TABLE archive_outbox ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE archive_outbox ADD COLUMN failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE archive_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE archive_outbox ADD COLUMN parked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE archive_outbox ADD COLUMN last_failure VARCHAR(500);
CREATE INDEX archive_outbox_parked ON archive_outbox (community_id, parked_at);

-- The next per-recipient sequence number of a record's archive messages is the maximum over the hot outbox and the
-- retention table (issue 18). The hot table answers by its unique key archive_outbox_sequence; the retention table,
-- which holds every message older than a year, had no index for it and was read whole for every archived change.
CREATE INDEX archive_outbox_archived_sequence
    ON archive_outbox_archived (aggregate_type, aggregate_id, recipient_partner_id, sequence_number);

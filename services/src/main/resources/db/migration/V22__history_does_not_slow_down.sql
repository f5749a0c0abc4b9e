-- Nothing may grow slower with history (issue 18): what the queries filter by has an index.

-- The per-recipient sequence of an aggregate's archive messages: unique, so two concurrent changes can never share
-- one, and an index on which the next number (MAX + 1) is a seek, however long the outbox has grown.
CREATE UNIQUE INDEX archive_outbox_sequence ON archive_outbox (aggregate_type, aggregate_id, recipient_partner_id, sequence_number);
-- An archive's catch-up feed (recipient, after position) and the secretariat's newest-first list per community.
CREATE INDEX archive_outbox_feed ON archive_outbox (recipient_partner_id, id);
CREATE INDEX archive_outbox_community ON archive_outbox (community_id, id);

-- "Archive receipts missing" reads only the rows without one, not every row ever sent.
ALTER TABLE archive_outbox ADD COLUMN receipt_at TIMESTAMP WITH TIME ZONE;
UPDATE archive_outbox SET receipt_at = (SELECT r.received_at FROM archive_receipt r WHERE r.outbox_message_id = archive_outbox.id);
CREATE INDEX archive_outbox_receipt_missing ON archive_outbox (community_id, receipt_at, sent_at);

-- Foreign keys the pages and services filter by.
CREATE INDEX case_input_case ON case_input (case_id);
CREATE INDEX follow_up_action_decision ON follow_up_action (decision_id);
CREATE INDEX membership_person ON membership (person_id);
CREATE INDEX dispute_committee_member_step ON dispute_committee_member (step_id);
CREATE INDEX minutes_correction_decision ON minutes_correction (decision_id);

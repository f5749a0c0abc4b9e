-- Sent archive messages older than the retention period leave the hot outbox (issue 18): the relay, the start page's
-- receipts check and every new message's sequence read a table that holds what is recent; the catch-up feed and the
-- next sequence number read this one as well. Ids are kept, so a feed position stays valid.
CREATE TABLE archive_outbox_archived (
    id                   BIGINT                   PRIMARY KEY,
    message_id           VARCHAR(36)              NOT NULL,
    community_id         BIGINT                   NOT NULL,
    recipient_partner_id BIGINT                   NOT NULL,
    message_type         VARCHAR(80)              NOT NULL,
    aggregate_type       VARCHAR(40)              NOT NULL,
    aggregate_id         BIGINT                   NOT NULL,
    sequence_number      BIGINT                   NOT NULL,
    payload              VARCHAR(1000000)         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    attempt              INTEGER                  NOT NULL,
    receipt_at           TIMESTAMP WITH TIME ZONE,
    archived_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT archive_outbox_archived_message UNIQUE (message_id),
    CONSTRAINT archive_outbox_archived_sequence UNIQUE (aggregate_type, aggregate_id, recipient_partner_id, sequence_number)
);
CREATE INDEX archive_outbox_archived_feed ON archive_outbox_archived (recipient_partner_id, id);

CREATE TABLE archive_receipt_archived (
    id                BIGINT                   PRIMARY KEY,
    outbox_message_id BIGINT                   NOT NULL REFERENCES archive_outbox_archived (id),
    partner_id        BIGINT                   NOT NULL REFERENCES partner (id),
    outcome           VARCHAR(20)              NOT NULL,
    archive_reference VARCHAR(200),
    detail            VARCHAR(2000),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT archive_receipt_archived_once UNIQUE (outbox_message_id)
);


-- R-PUB-1: a newsletter's contents link to the decisions it tells of.
CREATE TABLE newsletter_decision (
    newsletter_id BIGINT NOT NULL REFERENCES newsletter (id),
    decision_id   BIGINT NOT NULL REFERENCES decision (id),
    PRIMARY KEY (newsletter_id, decision_id)
);

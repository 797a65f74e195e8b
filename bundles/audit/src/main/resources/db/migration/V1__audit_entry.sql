-- The append-only audit log. Later features write to it; nothing updates or deletes rows.
CREATE TABLE audit_entry (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(100) NOT NULL,
    target VARCHAR(200),
    detail VARCHAR(4000)
);

CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);

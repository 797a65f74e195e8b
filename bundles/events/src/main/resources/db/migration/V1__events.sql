-- Bimtek events: scheduled sessions, who enrolled, who was checked in. Times are UTC.

-- One event. version is bumped by every change to its enrolments, as the first statement of
-- that change's transaction: the row lock it takes serialises enrolment changes of one event
-- across every node sharing the database, and the new value orders arrivals (the waitlist).
CREATE TABLE events_event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    place VARCHAR(300),
    online_url VARCHAR(500),
    capacity INTEGER NOT NULL,
    enrol_opens_at TIMESTAMP NOT NULL,
    enrol_closes_at TIMESTAMP NOT NULL,
    needs_approval BOOLEAN DEFAULT FALSE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX events_event_starts ON events_event (starts_at);

-- The courses an event counts toward (the ladder's event-attended requirement).
CREATE TABLE events_course (
    event_id BIGINT NOT NULL REFERENCES events_event (id),
    course_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (event_id, course_id)
);
CREATE INDEX events_course_course ON events_course (course_id);

-- At most seats for any one unit of a kind (KELURAHAN 2: two seats per kelurahan).
CREATE TABLE events_quota (
    event_id BIGINT NOT NULL REFERENCES events_event (id),
    unit_kind VARCHAR(16) NOT NULL,
    seats INTEGER NOT NULL,
    PRIMARY KEY (event_id, unit_kind)
);

-- One person's enrolment in one event; cancelling and enrolling again reuses the row.
-- quota_keys are the units (of every kind) the person belonged to when the seat was asked
-- for, e.g. "CITY:1 KECAMATAN:21 KELURAHAN:22": frozen, so that a transfer later does not
-- move a seat already given. seq is the event's version when the current state was entered.
CREATE TABLE events_enrolment (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events_event (id),
    user_id BIGINT NOT NULL,
    person_id BIGINT,
    unit_id BIGINT,
    quota_keys VARCHAR(400),
    state VARCHAR(10) NOT NULL,
    seq BIGINT NOT NULL,
    check_in_code CHAR(10) NOT NULL,
    nominated_by VARCHAR(100),
    requested_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    checked_in_at TIMESTAMP,
    checked_in_by VARCHAR(100),
    CONSTRAINT events_enrolment_once UNIQUE (event_id, user_id),
    CONSTRAINT events_enrolment_code UNIQUE (check_in_code)
);
CREATE INDEX events_enrolment_user ON events_enrolment (user_id);
CREATE INDEX events_enrolment_state ON events_enrolment (event_id, state, seq);

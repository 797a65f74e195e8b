-- Awards for the best social-media manager of a period. Every row stays: a programme is never deleted (a published
-- one can be revoked), so that a credential issued for it can always be answered for.

-- A programme: "Pengelola Medsos Terbaik 2026". criteria is a JSON array of
-- {id, title, kind: COMPUTED|JURY, source (COMPUTED only), weight}; it is fixed once the programme exists.
CREATE TABLE award_programme (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    period VARCHAR(20) NOT NULL,
    phase VARCHAR(12) NOT NULL,
    winners INTEGER NOT NULL,
    criteria CLOB NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    revoked_at TIMESTAMP,
    revocation_reason VARCHAR(500)
);

-- A nomination. The person's name and unit are recorded as they were at nomination: the jury's own-unit rule and the
-- published page use them, whatever the registry says later.
CREATE TABLE award_nominee (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES award_programme (id),
    person_id BIGINT NOT NULL,
    person_name VARCHAR(200) NOT NULL,
    user_id BIGINT,
    unit_id BIGINT NOT NULL,
    unit_name VARCHAR(200) NOT NULL,
    nominated_by VARCHAR(100) NOT NULL,
    nominated_at TIMESTAMP NOT NULL,
    CONSTRAINT award_nominee_once UNIQUE (programme_id, person_id)
);

CREATE TABLE award_juror (
    programme_id BIGINT NOT NULL REFERENCES award_programme (id),
    user_id BIGINT NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    added_by VARCHAR(100) NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (programme_id, user_id)
);

-- One juror's score of one JURY criterion of one nominee, 1-10; rewritten when the juror changes it.
CREATE TABLE award_score (
    programme_id BIGINT NOT NULL REFERENCES award_programme (id),
    nominee_id BIGINT NOT NULL REFERENCES award_nominee (id),
    criterion_id VARCHAR(40) NOT NULL,
    juror_user_id BIGINT NOT NULL,
    score INTEGER NOT NULL,
    note VARCHAR(2000),
    scored_at TIMESTAMP NOT NULL,
    PRIMARY KEY (nominee_id, criterion_id, juror_user_id)
);
CREATE INDEX award_score_programme ON award_score (programme_id);

-- The ranking frozen at publication: each nominee's place, total and the explanation (JSON, one line per criterion).
CREATE TABLE award_result (
    programme_id BIGINT NOT NULL REFERENCES award_programme (id),
    nominee_id BIGINT NOT NULL REFERENCES award_nominee (id),
    place INTEGER NOT NULL,
    total DECIMAL(6, 2) NOT NULL,
    winner BOOLEAN NOT NULL,
    explanation CLOB NOT NULL,
    PRIMARY KEY (programme_id, nominee_id)
);

-- A winner's signed Open Badges credential (compact JWS), answered for by id when someone verifies it.
CREATE TABLE award_credential (
    id VARCHAR(80) NOT NULL PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES award_programme (id),
    nominee_id BIGINT NOT NULL REFERENCES award_nominee (id),
    person_id BIGINT NOT NULL,
    place INTEGER NOT NULL,
    holder_name VARCHAR(200) NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    jws CLOB NOT NULL,
    CONSTRAINT award_credential_once UNIQUE (programme_id, nominee_id)
);
CREATE INDEX award_credential_person ON award_credential (person_id);

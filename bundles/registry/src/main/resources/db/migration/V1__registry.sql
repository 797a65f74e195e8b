-- The admin registry. History is kept in its own rows and never overwritten:
-- memberships, decrees and hand-overs are appended; units, people and accounts are
-- deactivated, never deleted. Portable SQL: runs on Derby and PostgreSQL alike.

CREATE TABLE registry_unit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    parent_id BIGINT REFERENCES registry_unit (id),
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT registry_unit_code UNIQUE (code)
);

-- unit_id is the current unit, kept here so that lists filter without reading history.
CREATE TABLE registry_person (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name VARCHAR(200) NOT NULL,
    nip CHAR(18),
    job_title VARCHAR(200),
    phone VARCHAR(30),
    email VARCHAR(254),
    user_id BIGINT,
    unit_id BIGINT NOT NULL REFERENCES registry_unit (id),
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT registry_person_nip UNIQUE (nip),
    CONSTRAINT registry_person_email UNIQUE (email),
    CONSTRAINT registry_person_user UNIQUE (user_id)
);
CREATE INDEX registry_person_unit ON registry_person (unit_id);

-- A person's units over time: [started_at, ended_at), ended_at null for the current one.
CREATE TABLE registry_membership (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES registry_person (id),
    unit_id BIGINT NOT NULL REFERENCES registry_unit (id),
    started_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP,
    note VARCHAR(200)
);
CREATE INDEX registry_membership_person ON registry_membership (person_id, started_at);

CREATE TABLE registry_account (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform VARCHAR(20) NOT NULL,
    handle VARCHAR(100) NOT NULL,
    url VARCHAR(500) NOT NULL,
    unit_id BIGINT NOT NULL REFERENCES registry_unit (id),
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT registry_account_handle UNIQUE (platform, handle)
);
CREATE INDEX registry_account_unit ON registry_account (unit_id);

-- status holds ACTIVE, REVOKED or SUPERSEDED; EXPIRED is read from valid_to.
CREATE TABLE registry_decree (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decree_number VARCHAR(100) NOT NULL,
    decree_date DATE NOT NULL,
    signed_by_name VARCHAR(200) NOT NULL,
    signed_by_title VARCHAR(200) NOT NULL,
    unit_id BIGINT NOT NULL REFERENCES registry_unit (id),
    valid_from DATE NOT NULL,
    valid_to DATE,
    status VARCHAR(20) NOT NULL,
    superseded_by BIGINT REFERENCES registry_decree (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT registry_decree_number UNIQUE (decree_number)
);
CREATE INDEX registry_decree_unit ON registry_decree (unit_id);
CREATE INDEX registry_decree_valid_to ON registry_decree (valid_to);

CREATE TABLE registry_decree_person (
    decree_id BIGINT NOT NULL REFERENCES registry_decree (id),
    person_id BIGINT NOT NULL REFERENCES registry_person (id),
    PRIMARY KEY (decree_id, person_id)
);
CREATE INDEX registry_decree_person_person ON registry_decree_person (person_id);

CREATE TABLE registry_decree_account (
    decree_id BIGINT NOT NULL REFERENCES registry_decree (id),
    account_id BIGINT NOT NULL REFERENCES registry_account (id),
    PRIMARY KEY (decree_id, account_id)
);
CREATE INDEX registry_decree_account_account ON registry_decree_account (account_id);

-- Every version of a decree's scan stays: the newest row is the current document.
CREATE TABLE registry_decree_document (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decree_id BIGINT NOT NULL REFERENCES registry_decree (id),
    stored_name VARCHAR(80) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL
);
CREATE INDEX registry_decree_document_decree ON registry_decree_document (decree_id);

-- Who took over or let go of an account, when, and under which decree.
CREATE TABLE registry_handover (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES registry_account (id),
    person_id BIGINT NOT NULL REFERENCES registry_person (id),
    event_type VARCHAR(20) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    decree_id BIGINT REFERENCES registry_decree (id),
    note VARCHAR(200)
);
CREATE INDEX registry_handover_account ON registry_handover (account_id, occurred_at);

-- The unit whose subtree a SUPERVISOR account administers (user ids are identity's).
CREATE TABLE registry_supervisor (
    user_id BIGINT NOT NULL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES registry_unit (id),
    assigned_at TIMESTAMP NOT NULL
);

-- Certification. An issued certificate is a snapshot: its row's snapshot, credential and
-- PDF are written once and never updated. Only its status columns (revocation, supersession)
-- change later, and the status list is computed from them.

-- Public halves of every signing key ever used, so that old certificates stay verifiable
-- after a rotation and on every node. The private halves live in files on the signing node.
CREATE TABLE cert_key (
    kid VARCHAR(80) NOT NULL PRIMARY KEY,
    public_jwk VARCHAR(400) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    retired_at TIMESTAMP
);

-- Counters advanced inside the issuing transaction: one per year and tier for the
-- certificate numbers, one for the status list index.
CREATE TABLE cert_counter (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    next_value BIGINT NOT NULL
);

CREATE TABLE cert_certificate (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number VARCHAR(40) NOT NULL,
    code VARCHAR(32) NOT NULL,
    credential_id VARCHAR(80) NOT NULL,
    -- Says why this certificate exists (user, tier, day; or the certificate it corrects) so that
    -- two nodes evaluating the same trainee at once cannot both issue.
    issue_key VARCHAR(160) NOT NULL,
    user_id BIGINT NOT NULL,
    person_id BIGINT,
    tier VARCHAR(12) NOT NULL,
    holder_name VARCHAR(200) NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    valid_until DATE NOT NULL,
    status_index INTEGER NOT NULL,
    key_id VARCHAR(80) NOT NULL,
    snapshot CLOB NOT NULL,
    credential CLOB NOT NULL,
    pdf BLOB NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by VARCHAR(100),
    revoke_reason VARCHAR(500),
    superseded_by VARCHAR(40),
    CONSTRAINT cert_certificate_number UNIQUE (number),
    CONSTRAINT cert_certificate_code UNIQUE (code),
    CONSTRAINT cert_certificate_credential UNIQUE (credential_id),
    CONSTRAINT cert_certificate_issue UNIQUE (issue_key),
    CONSTRAINT cert_certificate_status_index UNIQUE (status_index)
);
CREATE INDEX cert_certificate_user ON cert_certificate (user_id);
CREATE INDEX cert_certificate_person ON cert_certificate (person_id);
CREATE INDEX cert_certificate_valid_until ON cert_certificate (valid_until);

-- Trainees who met a tier that needs an administrator's approval, until it is given.
CREATE TABLE cert_approval (
    user_id BIGINT NOT NULL,
    tier VARCHAR(12) NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, tier)
);

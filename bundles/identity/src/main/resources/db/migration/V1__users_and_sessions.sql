-- Identity: user accounts, their roles, and server-side login sessions.
-- Portable SQL: runs on Derby and PostgreSQL alike.

CREATE TABLE identity_user (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255),
    active BOOLEAN DEFAULT TRUE NOT NULL,
    failed_logins INT DEFAULT 0 NOT NULL,
    locked_until TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT identity_user_username UNIQUE (username)
);

CREATE TABLE identity_user_role (
    user_id BIGINT NOT NULL REFERENCES identity_user (id),
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- The token itself is never stored: only its SHA-256, so a copy of the database
-- does not hand out live sessions.
CREATE TABLE identity_session (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES identity_user (id),
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    client_address VARCHAR(64)
);

CREATE INDEX identity_session_user ON identity_session (user_id);
CREATE INDEX identity_session_expiry ON identity_session (expires_at);

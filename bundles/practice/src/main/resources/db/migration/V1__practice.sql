-- Practice work. Every version of a submission and every review is a row of its own and is
-- kept; only a draft (a version not yet submitted) is updated in place.

-- A resumable upload (tus). The file is outside any served folder under a random name; the
-- bytes up to upload_offset are on disk and synced: the offset is moved only after the sync.
CREATE TABLE practice_upload (
    id VARCHAR(32) NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL,
    task_id VARCHAR(64),
    file_name VARCHAR(200),
    upload_length BIGINT NOT NULL,
    upload_offset BIGINT NOT NULL,
    file_kind VARCHAR(8),
    sha256 CHAR(64),
    created_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP
);
CREATE INDEX practice_upload_user ON practice_upload (user_id);

CREATE TABLE practice_submission (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id VARCHAR(64) NOT NULL,
    course_id VARCHAR(64) NOT NULL,
    user_id BIGINT NOT NULL,
    -- The trainee's unit when the version was made, for the reviewers' filter.
    unit_id BIGINT,
    version INTEGER NOT NULL,
    state VARCHAR(10) NOT NULL,
    kind VARCHAR(8) NOT NULL,
    headline VARCHAR(300),
    body CLOB,
    upload_id VARCHAR(32),
    file_kind VARCHAR(8),
    file_bytes BIGINT,
    file_sha256 CHAR(64),
    checks CLOB,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    CONSTRAINT practice_submission_version UNIQUE (user_id, task_id, version)
);
CREATE INDEX practice_submission_state ON practice_submission (state, submitted_at);

CREATE TABLE practice_review (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES practice_submission (id),
    reviewer VARCHAR(100) NOT NULL,
    scores CLOB NOT NULL,
    points INTEGER NOT NULL,
    max_points INTEGER NOT NULL,
    decision VARCHAR(10) NOT NULL,
    comment CLOB,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX practice_review_submission ON practice_review (submission_id);

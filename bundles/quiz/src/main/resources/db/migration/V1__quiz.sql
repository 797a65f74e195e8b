-- The installation's secrets: the key that makes options' opaque ids. Kept with the data, so that
-- a restored database keeps pointing at the same options.
CREATE TABLE quiz_secret (
    name VARCHAR(32) NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);

-- The last moment this server was known to be running; after a crash, open attempts'
-- deadlines are moved on by the time it was down.
CREATE TABLE quiz_heartbeat (
    node VARCHAR(64) NOT NULL PRIMARY KEY,
    beat_ms BIGINT NOT NULL
);

-- An attempt keeps a snapshot of its quiz's settings and of its questions with their keys, so that
-- it is graded as it was started even when its course bundle has since been updated or removed.
-- Times are epoch milliseconds (UTC): deadlines are compared and moved with plain arithmetic.
CREATE TABLE quiz_attempt (
    id VARCHAR(32) NOT NULL PRIMARY KEY,
    quiz_id VARCHAR(64) NOT NULL,
    course_id VARCHAR(64) NOT NULL,
    course_version VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL,
    number INT NOT NULL,
    state VARCHAR(12) NOT NULL,
    started_ms BIGINT NOT NULL,
    deadline_ms BIGINT NOT NULL,
    finished_ms BIGINT,
    finished_by VARCHAR(12),
    score DOUBLE,
    pending_manual INT NOT NULL DEFAULT 0,
    settings VARCHAR(4000) NOT NULL,
    questions CLOB NOT NULL,
    CONSTRAINT quiz_attempt_number UNIQUE (user_id, quiz_id, number)
);
CREATE INDEX quiz_attempt_state ON quiz_attempt (state, deadline_ms);
CREATE INDEX quiz_attempt_quiz ON quiz_attempt (quiz_id, state);

-- One row per question slot, made when the attempt starts: a save is a single UPDATE that wins
-- only over an older save (save_seq), so an answer is durable when the UPDATE commits.
CREATE TABLE quiz_answer (
    attempt_id VARCHAR(32) NOT NULL,
    slot INT NOT NULL,
    question_id VARCHAR(300) NOT NULL,
    save_seq BIGINT NOT NULL DEFAULT -1,
    save_id VARCHAR(64),
    response VARCHAR(32000),
    saved_ms BIGINT,
    fraction DOUBLE,
    manual SMALLINT NOT NULL DEFAULT 0,
    graded_by VARCHAR(64),
    comment VARCHAR(4000),
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);
CREATE INDEX quiz_answer_question ON quiz_answer (question_id);

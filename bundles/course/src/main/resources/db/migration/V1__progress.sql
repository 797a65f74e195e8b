-- Learners' progress, by course id and lesson id: never by bundle, so that it survives
-- a course bundle's removal and is there again when the course comes back.
CREATE TABLE course_lesson_progress (
    user_id BIGINT NOT NULL,
    course_id VARCHAR(64) NOT NULL,
    lesson_id VARCHAR(64) NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    PRIMARY KEY (user_id, course_id, lesson_id)
);

-- Where each learner left off in each course.
CREATE TABLE course_resume (
    user_id BIGINT NOT NULL,
    course_id VARCHAR(64) NOT NULL,
    lesson_id VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, course_id)
);

package org.bimtek.quiz.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.StorageException;

/** The SQL of attempts and answers. Every method is one transaction or one auto-committed statement. */
final class AttemptStore {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATTEMPT_COLUMNS = "id, quiz_id, course_id, course_version, user_id, number, state, started_ms, deadline_ms, "
            + "finished_ms, finished_by, score, pending_manual, settings, questions";
    /**
     * The save wins only over an older save of the same slot, and only while the attempt is open and within its
     * deadline, checked in the same statement so that no finish can slip between.
     */
    private static final String SAVE = "UPDATE quiz_answer SET save_seq = ?, save_id = ?, response = ?, saved_ms = ? "
            + "WHERE attempt_id = ? AND slot = ? AND save_seq < ? "
            + "AND EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.id = ? AND a.state = 'OPEN' AND a.deadline_ms >= ?)";

    private final Database database;
    private final SaveWriter writer;

    /** With {@code saveWriters} threads committing answer saves in groups (see {@link SaveWriter}). */
    AttemptStore(Database database, int saveWriters) {
        this.database = database;
        this.writer = new SaveWriter(database, SAVE, saveWriters);
    }

    /** Writes the answer saves still waiting, then stops. */
    void close() throws InterruptedException {
        writer.close();
    }

    /** Inserts a new attempt with an empty answer per slot; false when this user's attempt number was taken meanwhile. */
    boolean insert(Attempt attempt) {
        try {
            return database.inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO quiz_attempt (" + ATTEMPT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, attempt.id());
                    insert.setString(2, attempt.quizId());
                    insert.setString(3, attempt.courseId());
                    insert.setString(4, attempt.courseVersion());
                    insert.setLong(5, attempt.userId());
                    insert.setInt(6, attempt.number());
                    insert.setString(7, attempt.state().name());
                    insert.setLong(8, attempt.startedMs());
                    insert.setLong(9, attempt.deadlineMs());
                    insert.setNull(10, Types.BIGINT);
                    insert.setNull(11, Types.VARCHAR);
                    insert.setNull(12, Types.DOUBLE);
                    insert.setInt(13, 0);
                    insert.setString(14, write(attempt.settings()));
                    insert.setString(15, write(attempt.questions()));
                    insert.executeUpdate();
                }
                try (PreparedStatement answer = c.prepareStatement("INSERT INTO quiz_answer (attempt_id, slot, question_id) VALUES (?, ?, ?)")) {
                    for (int slot = 1; slot <= attempt.questions().size(); slot++) {
                        answer.setString(1, attempt.id());
                        answer.setInt(2, slot);
                        answer.setString(3, clip(attempt.questions().get(slot - 1).definition().id(), 300));
                        answer.addBatch();
                    }
                    answer.executeBatch();
                }
                return true;
            });
        } catch (StorageException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    Optional<Attempt> attempt(String id) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ATTEMPT_COLUMNS + " FROM quiz_attempt WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(attempt(rs)) : Optional.empty();
                }
            }
        });
    }

    /** A trainee's attempts at a quiz, oldest first, without their questions (for listing). */
    List<Attempt> attempts(long userId, String quizId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ATTEMPT_COLUMNS.replace("questions", "'[]'")
                    + " FROM quiz_attempt WHERE user_id = ? AND quiz_id = ? ORDER BY number")) {
                select.setLong(1, userId);
                select.setString(2, quizId);
                return list(select);
            }
        });
    }

    /** Every finished attempt of a trainee, for their results. */
    List<Attempt> finished(long userId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ATTEMPT_COLUMNS.replace("questions", "'[]'")
                    + " FROM quiz_attempt WHERE user_id = ? AND state = 'FINISHED' ORDER BY quiz_id, number")) {
                select.setLong(1, userId);
                return list(select);
            }
        });
    }

    List<Answer> answers(String attemptId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT slot, question_id, save_seq, save_id, response, saved_ms, fraction, "
                    + "manual, graded_by, comment FROM quiz_answer WHERE attempt_id = ? ORDER BY slot")) {
                select.setString(1, attemptId);
                List<Answer> answers = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        answers.add(answer(rs));
                    }
                }
                return answers;
            }
        });
    }

    /** Applies a save, durably; true when it was written (newer than what is kept, attempt open, deadline not passed). */
    boolean save(String attemptId, int slot, long seq, String saveId, String response, long nowMs) {
        return writer.save(attemptId, slot, seq, saveId, response, nowMs);
    }

    static void bindSave(PreparedStatement update, String attemptId, int slot, long seq, String saveId, String response, long nowMs)
            throws SQLException {
        update.setLong(1, seq);
        update.setString(2, saveId);
        update.setString(3, response);
        update.setLong(4, nowMs);
        update.setString(5, attemptId);
        update.setInt(6, slot);
        update.setLong(7, seq);
        update.setString(8, attemptId);
        update.setLong(9, nowMs);
    }

    /** The newest save's id and order of a slot, to tell a repeated save from an older one. */
    Optional<Answer> answer(String attemptId, int slot) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT slot, question_id, save_seq, save_id, response, saved_ms, fraction, "
                    + "manual, graded_by, comment FROM quiz_answer WHERE attempt_id = ? AND slot = ?")) {
                select.setString(1, attemptId);
                select.setInt(2, slot);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(answer(rs)) : Optional.empty();
                }
            }
        });
    }

    Optional<String> openAttemptId(long userId, String quizId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id FROM quiz_attempt WHERE user_id = ? AND quiz_id = ? AND state = 'OPEN'")) {
                select.setLong(1, userId);
                select.setString(2, quizId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    int lastNumber(long userId, String quizId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT MAX(number) FROM quiz_attempt WHERE user_id = ? AND quiz_id = ?")) {
                select.setLong(1, userId);
                select.setString(2, quizId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Closes an open attempt to answers; false when it was no longer open (another caller finished it). */
    boolean close(String attemptId, long nowMs, String by) {
        return database.withConnection(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE quiz_attempt SET state = 'GRADING', finished_ms = ?, finished_by = ? WHERE id = ? AND state = 'OPEN'")) {
                update.setLong(1, nowMs);
                update.setString(2, by);
                update.setString(3, attemptId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Writes each slot's credit and the attempt's score, in one transaction. */
    void writeGrades(String attemptId, List<Answer> graded, double score, int pendingManual) {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE quiz_answer SET fraction = ?, manual = ? WHERE attempt_id = ? AND slot = ?")) {
                for (Answer a : graded) {
                    update.setDouble(1, a.fraction());
                    update.setInt(2, a.manual());
                    update.setString(3, attemptId);
                    update.setInt(4, a.slot());
                    update.addBatch();
                }
                update.executeBatch();
            }
            finish(c, attemptId, score, pendingManual);
            return null;
        });
    }

    private static void finish(Connection c, String attemptId, double score, int pendingManual) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE quiz_attempt SET state = 'FINISHED', score = ?, pending_manual = ? WHERE id = ? AND state <> 'OPEN'")) {
            update.setDouble(1, score);
            update.setInt(2, pendingManual);
            update.setString(3, attemptId);
            update.executeUpdate();
        }
    }

    /** An instructor's grade for a slot waiting for one (or regraded), and the attempt's new score, in one transaction. */
    boolean gradeByInstructor(String attemptId, int slot, double fraction, String grader, String comment, int slots) {
        return database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE quiz_answer SET fraction = ?, manual = 2, graded_by = ?, comment = ? "
                    + "WHERE attempt_id = ? AND slot = ? AND manual > 0")) {
                update.setDouble(1, fraction);
                update.setString(2, grader);
                update.setString(3, comment);
                update.setString(4, attemptId);
                update.setInt(5, slot);
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement sum = c.prepareStatement("SELECT COALESCE(SUM(fraction), 0), SUM(CASE WHEN manual = 1 THEN 1 ELSE 0 END) "
                    + "FROM quiz_answer WHERE attempt_id = ?")) {
                sum.setString(1, attemptId);
                try (ResultSet rs = sum.executeQuery()) {
                    rs.next();
                    finish(c, attemptId, 100.0 * rs.getDouble(1) / slots, rs.getInt(2));
                }
            }
            return true;
        });
    }

    /** Attempts past their deadline and still open, and attempts whose grading a crash interrupted. */
    List<String> dueForFinishing(long nowMs, int limit) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id FROM quiz_attempt WHERE (state = 'OPEN' AND deadline_ms < ?) OR state = 'GRADING'")) {
                select.setLong(1, nowMs);
                select.setMaxRows(limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    int openAttempts(String courseId) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM quiz_attempt WHERE course_id = ? AND state = 'OPEN'")) {
                select.setString(1, courseId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Records that the server runs at {@code nowMs}. At start ({@code recover}), first moves the deadline of every
     * attempt that was open when the last beat was written on by the time since then, in the same transaction, so
     * that a crash during recovery neither loses nor doubles the extension. Returns the attempts extended and by how much.
     */
    long[] beat(String node, long nowMs, boolean recover) {
        return database.inTransaction(c -> {
            long last = -1;
            try (PreparedStatement select = c.prepareStatement("SELECT beat_ms FROM quiz_heartbeat WHERE node = ?")) {
                select.setString(1, node);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        last = rs.getLong(1);
                    }
                }
            }
            long extended = 0;
            long downtime = last < 0 ? 0 : Math.max(0, nowMs - last);
            if (recover && downtime > 0) {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE quiz_attempt SET deadline_ms = deadline_ms + ? WHERE state = 'OPEN' AND deadline_ms >= ?")) {
                    update.setLong(1, downtime);
                    update.setLong(2, last);
                    extended = update.executeUpdate();
                }
            }
            try (PreparedStatement write = c.prepareStatement(last < 0
                    ? "INSERT INTO quiz_heartbeat (beat_ms, node) VALUES (?, ?)" : "UPDATE quiz_heartbeat SET beat_ms = ? WHERE node = ?")) {
                write.setLong(1, nowMs);
                write.setString(2, node);
                write.executeUpdate();
            }
            return new long[] {extended, downtime};
        });
    }

    /** Answers waiting for an instructor in a quiz's finished attempts, oldest first. */
    List<PendingAnswer> pendingManual(String quizId, int limit) {
        return database.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT a.id, a.user_id, a.finished_ms, q.slot, q.question_id, q.response "
                    + "FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id "
                    + "WHERE a.quiz_id = ? AND a.state = 'FINISHED' AND q.manual = 1 ORDER BY a.finished_ms, q.slot")) {
                select.setString(1, quizId);
                select.setMaxRows(limit);
                List<PendingAnswer> pending = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        pending.add(new PendingAnswer(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                                readTree(rs.getString(6))));
                    }
                }
                return pending;
            }
        });
    }

    /** Finished attempts of a quiz: how many, mean score, how many passed, and per question how often it was fully right. */
    QuizStatistics statistics(String quizId, int passMark) {
        return database.withConnection(c -> {
            int attempts;
            double mean;
            int passed;
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*), AVG(score), SUM(CASE WHEN score >= ? AND pending_manual = 0 "
                    + "THEN 1 ELSE 0 END) FROM quiz_attempt WHERE quiz_id = ? AND state = 'FINISHED'")) {
                select.setDouble(1, passMark);
                select.setString(2, quizId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    attempts = rs.getInt(1);
                    mean = rs.getDouble(2);
                    passed = rs.getInt(3);
                }
            }
            List<QuizStatistics.PerQuestion> questions = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT q.question_id, COUNT(*), "
                    + "SUM(CASE WHEN q.fraction >= 0.999 THEN 1 ELSE 0 END), AVG(q.fraction) "
                    + "FROM quiz_answer q JOIN quiz_attempt a ON a.id = q.attempt_id "
                    + "WHERE a.quiz_id = ? AND a.state = 'FINISHED' AND q.manual <> 1 GROUP BY q.question_id ORDER BY q.question_id")) {
                select.setString(1, quizId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        questions.add(new QuizStatistics.PerQuestion(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4)));
                    }
                }
            }
            return new QuizStatistics(quizId, attempts, attempts == 0 ? 0 : mean, passed, questions);
        });
    }

    private static List<Attempt> list(PreparedStatement select) throws SQLException {
        List<Attempt> attempts = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                attempts.add(attempt(rs));
            }
        }
        return attempts;
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        long finished = rs.getLong(10);
        Long finishedMs = rs.wasNull() ? null : finished;
        double score = rs.getDouble(12);
        Double scoreOrNull = rs.wasNull() ? null : score;
        return new Attempt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getInt(6),
                Attempt.State.valueOf(rs.getString(7)), rs.getLong(8), rs.getLong(9), finishedMs, rs.getString(11), scoreOrNull,
                rs.getInt(13), read(rs.getString(14), new TypeReference<AttemptSettings>() { }),
                read(rs.getString(15), new TypeReference<List<Attempt.Question>>() { }));
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        long saved = rs.getLong(6);
        Long savedMs = rs.wasNull() ? null : saved;
        double fraction = rs.getDouble(7);
        Double fractionOrNull = rs.wasNull() ? null : fraction;
        return new Answer(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4), readTree(rs.getString(5)), savedMs,
                fractionOrNull, rs.getInt(8), rs.getString(9), rs.getString(10));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored attempt data is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode readTree(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored response is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

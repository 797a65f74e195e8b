package org.bimtek.practice.internal.submit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bimtek.api.http.Json;
import org.bimtek.api.storage.JdbcTime;
import org.bimtek.practice.internal.check.FileKind;
import org.bimtek.practice.internal.task.TaskKind;

/** The SQL of submissions and reviews. */
final class SubmissionStore {

    private SubmissionStore() {
    }

    static Optional<Submission> latest(Connection c, long userId, String taskId) throws SQLException {
        return list(c, "SELECT * FROM practice_submission WHERE user_id = ? AND task_id = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY",
                userId, taskId).stream().findFirst();
    }

    static List<Submission> versions(Connection c, long userId, String taskId) throws SQLException {
        return list(c, "SELECT * FROM practice_submission WHERE user_id = ? AND task_id = ? ORDER BY version DESC", userId, taskId);
    }

    static List<Submission> ofUser(Connection c, long userId) throws SQLException {
        return list(c, "SELECT * FROM practice_submission WHERE user_id = ? ORDER BY task_id, version DESC", userId);
    }

    static Optional<Submission> get(Connection c, long id) throws SQLException {
        return list(c, "SELECT * FROM practice_submission WHERE id = ?", id).stream().findFirst();
    }

    /**
     * Handed-in versions in a state, filtered in SQL before the limit: those waiting oldest first (the queue's order),
     * reviewed ones newest first.
     */
    static List<Submission> queue(Connection c, Submission.State state, String courseId, String taskId, List<Long> units, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM practice_submission WHERE state = ?");
        List<Object> parameters = new ArrayList<>(List.of(state.name()));
        if (courseId != null) {
            sql.append(" AND course_id = ?");
            parameters.add(courseId);
        }
        if (taskId != null) {
            sql.append(" AND task_id = ?");
            parameters.add(taskId);
        }
        if (units != null) {
            if (units.isEmpty()) {
                return List.of();
            }
            sql.append(" AND unit_id IN (").append(String.join(", ", java.util.Collections.nCopies(units.size(), "?"))).append(")");
            parameters.addAll(units);
        }
        sql.append(state == Submission.State.SUBMITTED ? " ORDER BY submitted_at, id" : " ORDER BY updated_at DESC, id DESC")
                .append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return list(c, sql.toString(), parameters.toArray());
    }

    static int waiting(Connection c, String courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM practice_submission WHERE course_id = ? AND state = 'SUBMITTED'")) {
            s.setString(1, courseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static long insert(Connection c, Submission s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO practice_submission (task_id, course_id, user_id, unit_id, version, "
                + "state, kind, headline, body, upload_id, file_kind, file_bytes, file_sha256, checks, created_at, updated_at, submitted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            st.setString(1, s.taskId());
            st.setString(2, s.courseId());
            st.setLong(3, s.userId());
            st.setObject(4, s.unitId(), Types.BIGINT);
            st.setInt(5, s.version());
            fill(st, 6, s);
            JdbcTime.set(st, 15, s.createdAt());
            JdbcTime.set(st, 16, s.updatedAt());
            JdbcTime.set(st, 17, s.submittedAt());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Rewrites a draft (only a draft: a handed-in version is never changed). */
    static boolean updateDraft(Connection c, Submission s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE practice_submission SET state = ?, kind = ?, headline = ?, body = ?, "
                + "upload_id = ?, file_kind = ?, file_bytes = ?, file_sha256 = ?, checks = ?, updated_at = ?, submitted_at = ? "
                + "WHERE id = ? AND state = 'DRAFT'")) {
            fill(st, 1, s);
            JdbcTime.set(st, 10, s.updatedAt());
            JdbcTime.set(st, 11, s.submittedAt());
            st.setLong(12, s.id());
            return st.executeUpdate() == 1;
        }
    }

    private static void fill(PreparedStatement st, int first, Submission s) throws SQLException {
        st.setString(first, s.state().name());
        st.setString(first + 1, s.kind().name());
        st.setString(first + 2, s.headline());
        st.setString(first + 3, s.body());
        st.setString(first + 4, s.uploadId());
        st.setString(first + 5, s.fileKind() == null ? null : s.fileKind().name());
        st.setObject(first + 6, s.fileBytes(), Types.BIGINT);
        st.setString(first + 7, s.fileSha256());
        st.setString(first + 8, s.checks() == null ? null : s.checks().toString());
    }

    /** Moves a handed-in version to its reviewed state; false when someone reviewed it first. */
    static boolean decide(Connection c, long id, Submission.State decision, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE practice_submission SET state = ?, updated_at = ? WHERE id = ? AND state = 'SUBMITTED'")) {
            st.setString(1, decision.name());
            JdbcTime.set(st, 2, at);
            st.setLong(3, id);
            return st.executeUpdate() == 1;
        }
    }

    static void insertReview(Connection c, Review r) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO practice_review (submission_id, reviewer, scores, points, max_points, "
                + "decision, comment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, r.submissionId());
            st.setString(2, r.reviewer());
            st.setString(3, Json.MAPPER.writeValueAsString(r.scores()));
            st.setInt(4, r.points());
            st.setInt(5, r.maxPoints());
            st.setString(6, r.decision().name());
            st.setString(7, r.comment());
            JdbcTime.set(st, 8, r.createdAt());
            st.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Review> reviews(Connection c, long submissionId) throws SQLException {
        List<Review> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM practice_review WHERE submission_id = ? ORDER BY created_at, id")) {
            st.setLong(1, submissionId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new Review(rs.getLong("id"), rs.getLong("submission_id"), rs.getString("reviewer"), scores(rs.getString("scores")),
                            rs.getInt("points"), rs.getInt("max_points"), Submission.State.valueOf(rs.getString("decision")),
                            rs.getString("comment"), JdbcTime.get(rs, "created_at")));
                }
            }
        }
        return result;
    }

    private static Map<String, Integer> scores(String json) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<Map<String, Integer>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable review scores", e);
        }
    }

    private static List<Submission> list(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<Submission> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        }
    }

    private static Submission read(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        long bytes = rs.getLong("file_bytes");
        Long fileBytes = rs.wasNull() ? null : bytes;
        String fileKind = rs.getString("file_kind");
        return new Submission(rs.getLong("id"), rs.getString("task_id"), rs.getString("course_id"), rs.getLong("user_id"), unitId,
                rs.getInt("version"), Submission.State.valueOf(rs.getString("state")), TaskKind.valueOf(rs.getString("kind")),
                rs.getString("headline"), rs.getString("body"), rs.getString("upload_id"), fileKind == null ? null : FileKind.valueOf(fileKind),
                fileBytes, rs.getString("file_sha256"), checks(rs.getString("checks")), JdbcTime.get(rs, "created_at"),
                JdbcTime.get(rs, "updated_at"), JdbcTime.get(rs, "submitted_at"));
    }

    private static JsonNode checks(String json) {
        try {
            return json == null ? null : Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}

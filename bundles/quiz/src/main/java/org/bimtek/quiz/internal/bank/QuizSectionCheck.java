package org.bimtek.quiz.internal.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bimtek.api.course.CourseContent;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.Problem;

/**
 * The quiz checks alone, without a server: found through {@link java.util.ServiceLoader} by the instructors'
 * {@code bin/bimtek-course validate}, so that it refuses exactly what the server refuses.
 */
public class QuizSectionCheck implements CourseSection {

    /** Option ids are made and thrown away when only checking; any key does. */
    private static final byte[] CHECK_KEY = "only-checking-no-ids-kept".getBytes(StandardCharsets.UTF_8);
    static final String SECTION = "quizzes";

    @Override
    public String name() {
        return SECTION;
    }

    @Override
    public List<Problem> check(CourseContent content, JsonNode section) {
        return QuizReader.read(content, section, courseId(content), "0.0.0", CHECK_KEY).problems();
    }

    /** The course id as course.json states it (checked by the course platform), for the banks' ids. */
    static String courseId(CourseContent content) {
        try {
            return new ObjectMapper().readTree(content.descriptor()).path("id").asText("course");
        } catch (java.io.IOException e) {
            return "course";
        }
    }
}

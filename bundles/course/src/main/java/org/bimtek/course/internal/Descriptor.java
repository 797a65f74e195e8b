package org.bimtek.course.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The descriptor ({@code course.json}) exactly as written; unknown fields are refused by
 * the parser so that a misspelt field is an error, not a silent default.
 */
record Descriptor(String id, String version, TextJson title, String area, String tier, TextJson summary,
        List<ModuleJson> modules, JsonNode quizzes, JsonNode tasks) {

    /** A text in Indonesian ({@code id}) and optionally English. */
    record TextJson(String id, String en) {
    }

    record ModuleJson(String id, TextJson title, List<LessonJson> lessons) {
    }

    record LessonJson(String id, TextJson title, String file, Integer minutes) {
    }
}

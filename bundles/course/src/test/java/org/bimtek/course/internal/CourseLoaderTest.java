package org.bimtek.course.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.Problem;
import org.bimtek.api.course.Tier;
import org.junit.jupiter.api.Test;

class CourseLoaderTest {

    @Test
    void aValidCourseLoadsWithItsLessonsInOrderAndRenderedHtml() {
        LoadedCourse loaded = new TestCourse().load();
        assertEquals(List.of(), loaded.problems());
        Course course = loaded.course();
        assertEquals("uji-kursus", course.id());
        assertEquals("1.2.0", course.version());
        assertEquals(Tier.DASAR, course.tier());
        assertEquals("Test Course", course.title().en());
        assertEquals(List.of("pelajaran-satu", "pelajaran-dua"), course.lessons().stream().map(l -> l.id()).toList());
        String html = loaded.lessonHtml().get("pelajaran-satu");
        assertTrue(html.contains("<strong>pertama</strong>"), html);
        assertTrue(html.contains("src=\"/kursus-media/uji-kursus/1.2.0/media/piramida.svg\""), html);
        assertTrue(html.contains("<video") && html.contains("/kursus-media/uji-kursus/1.2.0/media/klip.mp4"), html);
        assertTrue(html.contains("href=\"/kursus/uji-kursus/pelajaran-dua\""), html);
        assertTrue(loaded.lessonHtml().get("pelajaran-dua").contains("<table>"));
        assertEquals(java.util.Set.of("media/piramida.svg", "media/klip.mp4"), loaded.media().keySet());
        assertEquals(8L, loaded.media().get("media/klip.mp4"));
    }

    @Test
    void rawHtmlAndScriptUrlsNeverReachThePage() {
        LoadedCourse loaded = new TestCourse().put("lessons/02-dua.md", """
                <script>alert('x')</script>

                Teks <img src=x onerror="alert(1)"> dan <b onclick="alert(2)">tebal</b>.

                [aman](https://samarindakota.go.id) [surel](mailto:diskominfo@samarindakota.go.id)
                """).load();
        assertEquals(List.of(), loaded.problems());
        String html = loaded.lessonHtml().get("pelajaran-dua");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b onclick"), html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML is shown as text: " + html);
        assertTrue(html.contains("href=\"https://samarindakota.go.id\""), html);
    }

    @Test
    void linksWithSchemesThatCanRunCodeAreRefused() {
        assertProblem(new TestCourse().put("lessons/02-dua.md", "[klik](javascript:alert(3))\n"), 1, "link scheme not allowed");
        assertProblem(new TestCourse().put("lessons/02-dua.md", "\n[data](data:text/html;base64,PHNjcmlwdD4=)\n"), 2,
                "link scheme not allowed");
    }

    @Test
    void malformedJsonIsReportedWithItsLine() {
        Problem problem = only(new TestCourse().descriptor("\"tier\": \"DASAR\",", "\"tier\": \"DASAR\"").load());
        assertEquals("course.json", problem.file());
        assertEquals(7, problem.line());
        assertTrue(problem.message().startsWith("invalid JSON"), problem.message());
    }

    @Test
    void anUnknownFieldIsAnErrorNotASilentDefault() {
        Problem problem = only(new TestCourse().descriptor("\"area\"", "\"bidang\": \"x\", \"area\"").load());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("bidang"), problem.message());
    }

    @Test
    void everyDescriptorRuleHasItsMessageAndLine() {
        assertProblem(new TestCourse().descriptor("\"uji-kursus\"", "\"Uji Kursus\""), 2, "course id must be");
        assertProblem(new TestCourse().descriptor("\"1.2.0\"", "\"v1\""), 3, "version must be major.minor.patch");
        assertProblem(new TestCourse().descriptor("\"DASAR\"", "\"PEMULA\""), 6, "tier must be DASAR, MENENGAH or MAHIR");
        assertProblem(new TestCourse().descriptor("\"news-writing\"", "\"News Writing\""), 5, "area must be");
        assertProblem(new TestCourse().descriptor("{\"id\": \"Ringkasan kursus uji.\"}", "{\"en\": \"Only English\"}"), 0,
                "summary needs an Indonesian text");
        assertProblem(new TestCourse().descriptor("\"pelajaran-dua\"", "\"pelajaran-satu\""), 10, "lesson id 'pelajaran-satu' is used twice");
        assertProblem(new TestCourse().descriptor("lessons/02-dua.md", "../luar.md"), 11, "lesson file must be a .md file inside");
        assertProblem(new TestCourse().descriptor("lessons/02-dua.md", "lessons/03-tiga.md"), 0, "lesson file not found");
        assertProblem(new TestCourse().descriptor("\"Kursus Uji\"", "\"" + "x".repeat(121) + "\""), 4, "title longer than 120");
    }

    @Test
    void aCourseNeedsModulesAndModulesNeedLessons() {
        TestCourse noModules = new TestCourse().put("course.json", """
                {"id": "uji-kursus", "version": "1.0.0", "title": {"id": "T"}, "area": "news-writing", "tier": "DASAR",
                 "summary": {"id": "S"}, "modules": []}
                """);
        assertProblem(noModules, 2, "at least one module");
    }

    @Test
    void lessonLinksAndMediaAreCheckedWithTheirLines() {
        assertProblem(new TestCourse().put("lessons/02-dua.md", "Satu\n\n![hilang](../media/tidak-ada.png)\n"),
                3, "file not found: ../media/tidak-ada.png");
        assertProblem(new TestCourse().put("lessons/02-dua.md", "![rahasia](../../../etc/passwd)\n"),
                1, "path leaves the course folder");
        assertProblem(new TestCourse().put("lessons/02-dua.md", "\n\n![abs](/etc/passwd)\n"), 3, "path leaves the course folder or is absolute");
        assertProblem(new TestCourse().put("lessons/02-dua.md", "![luar](https://example.com/a.png)\n"),
                1, "images must be files in the course");
        assertProblem(new TestCourse().put("lessons/02-dua.md", "[skrip](../media/run.sh)\n").put("media/run.sh", "echo"),
                1, "file type not allowed");
    }

    @Test
    void anSvgWithScriptIsRefused() {
        assertProblem(new TestCourse().put("media/piramida.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"),
                0, "SVG with script");
        assertProblem(new TestCourse().put("media/piramida.svg", "<svg><script>alert(1)</script></svg>"), 0, "SVG with script");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        LoadedCourse loaded = new TestCourse().descriptor("\"DASAR\"", "\"X\"").descriptor("\"1.2.0\"", "\"1\"").load();
        assertEquals(2, loaded.problems().size(), loaded.problems().toString());
    }

    @Test
    void missingDescriptor() {
        TestCourse course = new TestCourse();
        course.files.remove("course.json");
        assertProblem(course, 0, "descriptor not found");
    }

    private static void assertProblem(TestCourse course, int line, String message) {
        LoadedCourse loaded = course.load();
        assertFalse(loaded.isValid(), "expected a problem: " + message);
        assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains(message) && p.line() == line),
                "expected '" + message + "' at line " + line + " in " + loaded.problems());
    }

    private static Problem only(LoadedCourse loaded) {
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        return loaded.problems().get(0);
    }
}

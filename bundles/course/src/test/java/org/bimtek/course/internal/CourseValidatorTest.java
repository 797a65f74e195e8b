package org.bimtek.course.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bimtek.api.course.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseValidatorTest {

    private final CourseValidatorImpl validator = CourseValidatorImpl.withServiceLoader();

    @Test
    void aValidJarAndAValidFolderPass(@TempDir Path dir) throws Exception {
        TestCourse course = new TestCourse();
        assertEquals(List.of(), validator.validateJar(course.jar(true)));
        assertEquals(List.of(), validator.validate(course.writeTo(dir.resolve("kursus"))));
        Path jar = Files.write(dir.resolve("kursus.jar"), course.jar(true));
        assertEquals(List.of(), validator.validate(jar));
    }

    @Test
    void aJarWithoutTheHeaderIsNotACourse() throws Exception {
        assertMessage(validator.validateJar(new TestCourse().jar(false)), "no Bimtek-Course header");
    }

    @Test
    void entriesThatLeaveTheJarAreRefused() throws Exception {
        assertMessage(validator.validateJar(new TestCourse().jar(true, "../../etc/cron.d/evil")), "entry name leaves the jar");
        assertMessage(validator.validateJar(new TestCourse().jar(true, "/etc/passwd")), "entry name leaves the jar");
        assertMessage(validator.validateJar(new TestCourse().jar(true, "course\\..\\..\\x")), "entry name leaves the jar");
    }

    @Test
    void javaCodeIsNotACourse() throws Exception {
        assertMessage(validator.validateJar(new TestCourse().jar(true, "org/example/Evil.class")), "carries no Java code");
    }

    @Test
    void garbageIsNotAJar() {
        assertMessage(validator.validateJar("bukan jar".getBytes()), "not a");
        assertMessage(validator.validateJar(new byte[0]), "not a");
    }

    @Test
    void courseErrorsInsideAJarNameTheirFile() throws Exception {
        byte[] jar = new TestCourse().put("lessons/02-dua.md", "![x](../media/hilang.png)").jar(true);
        List<Problem> problems = validator.validateJar(jar);
        assertEquals("lessons/02-dua.md", problems.get(0).file());
        assertEquals(1, problems.get(0).line());
    }

    @Test
    void entryNameSafety() {
        assertTrue(JarSource.isSafe("course/media/a.svg"));
        assertTrue(!JarSource.isSafe("course/../../a") && !JarSource.isSafe("/a") && !JarSource.isSafe("C:/a")
                && !JarSource.isSafe("a\\b") && !JarSource.isSafe("a/\nb"));
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(CourseCatalogImpl.compareVersions("1.10.0", "1.9.9") > 0);
        assertEquals(0, CourseCatalogImpl.compareVersions("2.0.0", "2.0.0"));
    }

    private static void assertMessage(List<Problem> problems, String message) {
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(message)), "expected '" + message + "' in " + problems);
    }
}

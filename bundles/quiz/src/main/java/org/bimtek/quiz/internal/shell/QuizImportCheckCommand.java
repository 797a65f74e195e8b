package org.bimtek.quiz.internal.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.quiz.internal.format.ParseResult;
import org.bimtek.quiz.internal.format.ParsedQuestion;
import org.bimtek.quiz.internal.format.Problem;
import org.bimtek.quiz.internal.format.QuestionFiles;

/**
 * {@code bimtek:quiz-import-check <file>}: what a question file (GIFT, Aiken or the JSON form) holds, question
 * by question, and every error with its line, before it goes into a course bundle.
 */
@Service
@Command(scope = "bimtek", name = "quiz-import-check", description = "Memeriksa berkas soal GIFT/Aiken/JSON / checks a question file")
public class QuizImportCheckCommand implements Action {

    @Argument(index = 0, name = "file", required = true, description = "berkas soal: .gift, .txt/.aiken (Aiken) atau .json")
    String file;

    @Reference
    Session session;

    @Override
    public Object execute() throws IOException {
        report(Path.of(file), session.getConsole());
        return null;
    }

    /** Prints the report; returns the number of errors. */
    static int report(Path path, PrintStream out) throws IOException {
        if (!Files.isRegularFile(path)) {
            out.println("Berkas tidak ditemukan: " + path);
            return 1;
        }
        ParseResult result = QuestionFiles.parse(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString());
        out.println(result.questions().size() + " soal terbaca dari " + path + ":");
        for (ParsedQuestion q : result.questions()) {
            out.println(String.format("  baris %-4d %-18s %-24s %s", q.line(), q.type(), q.category() == null ? "-" : q.category(),
                    q.name() != null ? q.name() : abbreviate(q.text())));
        }
        if (result.problems().isEmpty()) {
            out.println("Tidak ada kesalahan.");
        } else {
            out.println(result.problems().size() + " kesalahan:");
            for (Problem p : result.problems()) {
                out.println("  " + p);
            }
        }
        return result.problems().size();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}

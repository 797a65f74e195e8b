package org.bimtek.quiz.internal.format;

import java.util.List;

/** Splits a question file into lines, the same way for every format and operating system. */
final class SourceLines {

    private SourceLines() {
    }

    /**
     * The file's lines without their line ends: a leading byte-order mark is dropped (Windows editors write
     * one) and CRLF and lone CR count as line ends, so that line numbers match what an editor shows.
     */
    static List<String> of(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }
}

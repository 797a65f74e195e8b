package org.bimtek.storage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements: on a {@code ;} outside quotes and
 * comments. Each statement keeps the line it starts on, so that an error can name it.
 */
final class SqlScript {

    record Statement(int line, String sql) {
    }

    private SqlScript() {
    }

    static List<Statement> split(String script) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        boolean inQuote = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!inQuote && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                line++;
                current.append('\n');
                continue;
            }
            if (c == '\'') {
                inQuote = !inQuote;
            }
            if (c == ';' && !inQuote) {
                add(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
                continue;
            }
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            if (c == '\n') {
                line++;
            }
            current.append(c);
        }
        add(statements, current, startLine);
        return statements;
    }

    private static void add(List<Statement> statements, StringBuilder sql, int line) {
        String text = sql.toString().strip();
        if (!text.isEmpty()) {
            statements.add(new Statement(line, text));
        }
    }
}

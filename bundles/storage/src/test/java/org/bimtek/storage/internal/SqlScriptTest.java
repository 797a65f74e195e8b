package org.bimtek.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        List<SqlScript.Statement> statements = SqlScript.split(
                "-- header; not a statement\nCREATE TABLE a (x VARCHAR(10));\n\nINSERT INTO a VALUES ('it''s; fine');\n-- trailing\n");
        assertEquals(2, statements.size());
        assertEquals("CREATE TABLE a (x VARCHAR(10))", statements.get(0).sql());
        assertEquals(2, statements.get(0).line());
        assertEquals("INSERT INTO a VALUES ('it''s; fine')", statements.get(1).sql());
        assertEquals(4, statements.get(1).line());
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertEquals(1, SqlScript.split("SELECT 1 FROM SYSIBM.SYSDUMMY1").size());
        assertEquals(0, SqlScript.split("  \n-- only a comment\n").size());
    }
}

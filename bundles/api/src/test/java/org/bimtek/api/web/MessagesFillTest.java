package org.bimtek.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesFillTest {

    @Test
    void placeholdersAreFilledAndEverythingElseIsKept() {
        Messages texts = Messages.of("i18n.test", MessagesFillTest.class.getClassLoader(), Messages.INDONESIAN);
        assertEquals("Kemajuan: 40%", texts.get("progress", 40));
        assertEquals("Kembali ke Kursus A dari {9} {x}", texts.get("back", "Kursus A"));
        assertEquals("Progress: 40%", Messages.of("i18n.test", MessagesFillTest.class.getClassLoader(), Locale.ENGLISH).get("progress", 40));
        assertEquals("missing.key", texts.get("missing.key", 1));
    }
}

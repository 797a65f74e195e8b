package org.bimtek.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> indonesian = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> english = load("/i18n/messages_en.properties").stringPropertyNames();
        assertEquals(indonesian, english);
    }

    @Test
    void indonesianIsTheDefaultWhateverTheServerLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Beranda", ShellMessages.of(ShellMessages.INDONESIAN).get("home.title"));
            assertEquals("Beranda", ShellMessages.of(Locale.FRENCH).get("home.title"));
            assertEquals("Home", ShellMessages.of(Locale.ENGLISH).get("home.title"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Selamat datang, Siti Rahmawati!", ShellMessages.of(ShellMessages.INDONESIAN).get("home.greeting", "Siti Rahmawati"));
        assertEquals("no.such.key", ShellMessages.of(ShellMessages.INDONESIAN).get("no.such.key"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}

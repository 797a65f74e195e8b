package org.bimtek.storage.internal;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bimtek.api.storage.Database;

/**
 * Test support for the bundles' storage tests (published as this module's test jar): a fresh in-memory
 * Derby database behind the real {@link DerbyDatabase}, with a bundle's own migration scripts applied by the
 * real {@link MigrationRunner}. Real SQL, real transactions, nothing mocked.
 */
public final class MemoryDatabase {

    private MemoryDatabase() {
    }

    /**
     * A new database with the scripts of the {@code db/migration} folder that {@code anchor}'s class loader
     * sees first (the calling module's own), recorded for bundle {@code owner}.
     */
    public static Database create(String owner, Class<?> anchor) throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        List<MigrationScript> scripts = new ArrayList<>();
        URL folder = anchor.getClassLoader().getResource("db/migration");
        if (folder != null) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                for (Path file : files.toList()) {
                    MigrationScript script = MigrationScript.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                    if (script != null) {
                        scripts.add(script);
                    }
                }
            }
        }
        new MigrationRunner(dataSource).migrate(owner, scripts);
        return new DerbyDatabase(dataSource);
    }
}

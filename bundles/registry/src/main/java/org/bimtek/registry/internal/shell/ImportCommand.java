package org.bimtek.registry.internal.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.registry.internal.RegistryShell;

/** {@code bimtek:import <units|people|decrees|accounts> <file> [--dry-run]}: the same import as the page and the API, as an administrator. */
@Service
@Command(scope = "bimtek", name = "import", description = "Impor CSV ke registri admin / imports a CSV file into the admin registry")
public class ImportCommand implements Action {

    @Argument(index = 0, name = "kind", required = true, description = "units, people, decrees atau accounts")
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "berkas CSV (UTF-8, pemisah koma atau titik koma)")
    String file;

    @Option(name = "--dry-run", aliases = "-n", description = "uji coba: periksa dan tampilkan, jangan simpan")
    boolean dryRun;

    @Reference
    RegistryShell registry;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            session.getConsole().println("Berkas tidak ditemukan: " + path.toAbsolutePath());
            return null;
        }
        for (String line : registry.importFile(kind, Files.readAllBytes(path), dryRun)) {
            session.getConsole().println(line);
        }
        return null;
    }
}

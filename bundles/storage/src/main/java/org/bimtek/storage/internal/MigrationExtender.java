package org.bimtek.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bimtek.api.storage.Database;
import org.bimtek.api.storage.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration extender: every bundle that names a script folder in its
 * {@code Bimtek-Migrations} header gets its scripts applied when it starts, then a
 * {@link Schema} service in its own name. A bundle whose script fails is stopped,
 * with the script and statement in the log; the others go on.
 *
 * <p>Migrations run on one worker thread, never on the framework's event thread, and
 * one after another, so two bundles never race on the shared history table.
 */
@Component(immediate = true)
public final class MigrationExtender {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final MigrationRunner runner;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bimtek-migrations");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleTracker<ServiceRegistration<Schema>[]> tracker;

    @Activate
    public MigrationExtender(BundleContext context, @Reference Database database) {
        this.runner = new MigrationRunner(database.dataSource());
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            @SuppressWarnings("unchecked")
            public ServiceRegistration<Schema>[] addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(Schema.MIGRATIONS_HEADER);
                if (folder == null) {
                    return null;
                }
                // One mutable slot, filled by the worker once the schema is ready.
                ServiceRegistration<Schema>[] slot = new ServiceRegistration[1];
                worker.execute(() -> migrate(bundle, folder, slot));
                return slot;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<Schema>[] slot) {
                // The framework unregisters the Schema with the bundle; nothing to undo.
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void migrate(Bundle bundle, String folder, ServiceRegistration<Schema>[] slot) {
        String owner = bundle.getSymbolicName();
        try {
            int version = runner.migrate(owner, scripts(bundle, folder));
            BundleContext context = bundle.getBundleContext();
            if (context == null) {
                return; // stopped meanwhile
            }
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(Schema.OWNER_PROPERTY, owner);
            properties.put("bimtek.schema.version", version);
            slot[0] = context.registerService(Schema.class, new SchemaReady(owner, version), properties);
            LOG.debug("Schema of {} is at version {}", owner, version);
        } catch (MigrationException e) {
            LOG.error("Migration failed; stopping bundle {} (the others are not affected). {}", owner, e.getMessage(), e.getCause());
            stopQuietly(bundle);
        } catch (IllegalStateException e) {
            LOG.debug("Bundle {} went away during its migration", owner);
        } catch (IOException | RuntimeException e) {
            LOG.error("Migration of bundle {} could not run; stopping it", owner, e);
            stopQuietly(bundle);
        }
    }

    static List<MigrationScript> scripts(Bundle bundle, String folder) throws IOException, MigrationException {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                MigrationScript script = MigrationScript.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (script == null) {
                    throw new MigrationException("Bundle " + bundle.getSymbolicName() + ": script " + name
                            + " does not follow the name pattern V<number>__<description>.sql", null);
                }
                scripts.add(script);
            }
        }
        return scripts;
    }

    private static void stopQuietly(Bundle bundle) {
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Could not stop bundle {}: {}", bundle.getSymbolicName(), e.getMessage());
        }
    }

    private record SchemaReady(String owner, int version) implements Schema {
    }
}

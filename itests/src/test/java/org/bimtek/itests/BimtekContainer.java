package org.bimtek.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the real Bimtek distribution built by karaf-assembly in Pax Exam, offline:
 * bundles come from the distribution's system/ folder and Pax Exam's own from ~/.m2.
 */
public abstract class BimtekContainer {

    /** The HTTP port inside the container, passed in as a system property. */
    protected static int port() {
        return Integer.parseInt(System.getProperty("bimtek.http.port"));
    }

    @Configuration
    public Option[] config() throws IOException {
        String distribution = new File(System.getProperty("bimtek.dist")).toURI().toString();
        String localRepository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String mvn = "etc/org.ops4j.pax.url.mvn.cfg";
        Option[] common = {
            karafDistributionConfiguration().frameworkUrl(distribution).name("Bimtek")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut(mvn, "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut(mvn, "org.ops4j.pax.url.mvn.localRepository", localRepository),
            editConfigurationFilePut("etc/system.properties", "bimtek.http.port", Integer.toString(port)),
            editConfigurationFilePut("etc/system.properties", "bimtek.demo", "true"),
        };
        Option[] extra = extraOptions();
        Option[] all = java.util.Arrays.copyOf(common, common.length + extra.length);
        System.arraycopy(extra, 0, all, common.length, extra.length);
        return all;
    }

    @javax.inject.Inject
    protected org.apache.karaf.shell.api.console.SessionFactory shells;

    /** Runs a Karaf shell command as an administrator at the console would, and returns what it printed. */
    protected String shell(String command) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = shells.create(new java.io.ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** More options for one test class. */
    protected Option[] extraOptions() {
        return new Option[0];
    }
}

package org.bimtek.modules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.CourseSection;
import org.bimtek.api.course.CourseValidator;
import org.bimtek.api.course.Problem;
import org.bimtek.api.http.ApiException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Installs and removes modules for administrators. An accepted upload is written into
 * Karaf's {@code deploy/} folder under a name made from its symbolic name, so the three
 * ways to deploy (copying a jar there, an upload, a feature) end in the same place,
 * and an uploaded module survives a restart with a fresh bundle cache.
 */
@Component(service = ModuleManager.class, configurationPid = "org.bimtek.modules")
public final class ModuleManager {

    /** Configuration ({@code etc/org.bimtek.modules.cfg}). */
    public @interface Config {
        /** Largest accepted upload. */
        int maxUploadMegabytes() default 50;

        /** Whether administrators may upload bundles with Java code (not only course content). */
        boolean allowCodeModules() default false;

        /** Where accepted modules are written; empty for Karaf's own {@code deploy/}. */
        String deployDirectory() default "";
    }

    /** The platform itself: never removable from the module page. */
    private static final Set<String> CORE = Set.of("org.bimtek.api", "org.bimtek.derby", "org.bimtek.storage",
            "org.bimtek.audit", "org.bimtek.identity", "org.bimtek.web", "org.bimtek.course", "org.bimtek.modules", "org.bimtek.quiz", "org.bimtek.registry");
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    static final Duration WAIT = Duration.ofSeconds(15);

    private final BundleContext context;
    private final CourseCatalog catalog;
    private final CourseValidator validator;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CourseSection> sections = List.of();
    private final AuditLog audit;
    private final long maxBytes;
    private final boolean allowCode;
    private final Path deploy;

    @Activate
    public ModuleManager(BundleContext context, Config config, @Reference CourseCatalog catalog,
            @Reference CourseValidator validator, @Reference AuditLog audit) {
        this.context = context;
        this.catalog = catalog;
        this.validator = validator;
        this.audit = audit;
        this.maxBytes = config.maxUploadMegabytes() * 1024L * 1024L;
        this.allowCode = config.allowCodeModules();
        this.deploy = config.deployDirectory().isBlank()
                ? Path.of(System.getProperty("karaf.base", "."), "deploy") : Path.of(config.deployDirectory());
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Every Bimtek bundle: the platform's own and every course bundle. */
    List<ModuleInfo> list() {
        List<ModuleInfo> modules = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean course = bundle.getHeaders("").get(CourseCatalog.COURSE_HEADER) != null;
            String name = bundle.getSymbolicName();
            if (name != null && (course || name.startsWith("org.bimtek."))) {
                modules.add(ModuleInfo.of(bundle, course, !CORE.contains(name), catalog.problems().getOrDefault(name, List.of())));
            }
        }
        modules.sort(Comparator.comparing(ModuleInfo::kind).thenComparing(ModuleInfo::symbolicName));
        return modules;
    }

    /**
     * Checks an uploaded jar and installs it; returns the module once it runs.
     *
     * @throws ApiException 400 with every problem when the jar is refused
     */
    ModuleInfo install(byte[] jar, String actor) throws IOException, InterruptedException {
        if (jar.length > maxBytes) {
            throw tooLarge();
        }
        Manifest manifest = manifest(jar);
        String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        name = name == null ? null : name.split(";")[0].strip();
        String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
        boolean course = manifest != null && manifest.getMainAttributes().getValue(CourseCatalog.COURSE_HEADER) != null;
        List<Problem> problems = course || !allowCode ? validator.validateJar(jar) : codeModuleProblems(jar, name);
        if (name != null && !SYMBOLIC_NAME.matcher(name).matches()) {
            problems = new ArrayList<>(problems);
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, "Bundle-SymbolicName has characters that are not allowed"));
        }
        if (name != null && CORE.contains(name)) {
            throw ApiException.conflict("core_module", "Modul inti " + name + " tidak dapat diganti lewat unggahan.");
        }
        if (!problems.isEmpty()) {
            audit.record(actor, "module.refused", "bundle:" + name, problems.toString());
            throw ApiException.badRequest("invalid_module", "Modul ditolak: " + problems.get(0)
                    + (problems.size() > 1 ? " (dan " + (problems.size() - 1) + " masalah lain)" : ""),
                    problems.stream().map(Problem::toString).toList());
        }
        Files.createDirectories(deploy);
        Path target = deploy.resolve(name + ".jar");
        Optional<Bundle> same = sameVersionElsewhere(name, version, target);
        if (same.isPresent()) {
            throw ApiException.conflict("version_installed", "Modul " + name + " versi " + same.get().getVersion()
                    + " sudah terpasang. Naikkan versinya untuk memperbarui.");
        }
        Path temporary = Files.createTempFile(deploy.getParent() == null ? deploy : deploy.getParent(), ".upload-", ".tmp");
        Files.write(temporary, jar);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        audit.record(actor, "module.install", "bundle:" + name, "version " + version + ", " + jar.length + " bytes");
        String wanted = name;
        Bundle bundle = await(() -> find(wanted).filter(b -> b.getState() == Bundle.ACTIVE
                && (version == null || b.getVersion().toString().equals(org.osgi.framework.Version.parseVersion(version).toString()))));
        if (course) {
            await(() -> catalog.problems().containsKey(wanted) || catalog.courses().stream()
                    .anyMatch(c -> wanted.equals(c.bundleSymbolicName())) ? Optional.of(Boolean.TRUE) : Optional.empty());
        }
        return ModuleInfo.of(bundle, course, true, catalog.problems().getOrDefault(name, List.of()));
    }

    /**
     * Removes a module: deletes its file from deploy/, or uninstalls it when it came another way. A course
     * with work in progress (open quiz attempts) is removed only when the administrator has seen the
     * warning and {@code confirmed}; the work itself is kept and finishes on the version it started with.
     */
    void remove(String symbolicName, String actor, boolean confirmed, Locale locale) throws IOException, InterruptedException {
        if (CORE.contains(symbolicName)) {
            throw ApiException.conflict("core_module", "Modul inti " + symbolicName + " tidak dapat dilepas.");
        }
        Optional<Bundle> bundle = find(symbolicName).filter(b -> b.getHeaders("").get(CourseCatalog.COURSE_HEADER) != null
                || symbolicName.startsWith("org.bimtek."));
        if (bundle.isEmpty() || !SYMBOLIC_NAME.matcher(symbolicName).matches()) {
            throw ApiException.notFound("Modul " + symbolicName + " tidak ditemukan.");
        }
        List<String> openWork = openWork(symbolicName, locale);
        if (!openWork.isEmpty() && !confirmed) {
            throw new ApiException(409, "open_work", "Kursus di modul " + symbolicName + " masih dipakai: " + String.join("; ", openWork)
                    + ". Ulangi dengan konfirmasi untuk tetap melepasnya; pekerjaan yang berjalan selesai pada versi lama.", openWork);
        }
        Path file = deploy.resolve(symbolicName + ".jar");
        if (Files.exists(file)) {
            Files.delete(file);
        } else {
            try {
                bundle.get().uninstall();
            } catch (org.osgi.framework.BundleException e) {
                throw new IOException(e);
            }
        }
        audit.record(actor, "module.remove", "bundle:" + symbolicName, "version " + bundle.get().getVersion());
        await(() -> find(symbolicName).isPresent() ? Optional.empty() : Optional.of(Boolean.TRUE));
    }

    /** What the course sections (quizzes...) report as still running in the courses of this bundle. */
    List<String> openWork(String symbolicName, Locale locale) {
        List<String> work = new ArrayList<>();
        for (Course course : catalog.courses()) {
            if (symbolicName.equals(course.bundleSymbolicName())) {
                for (CourseSection section : sections) {
                    work.addAll(section.openWork(course.id(), locale));
                }
            }
        }
        return work;
    }

    /** The installed bundle with this name and version that did not come from our own deploy file, if any. */
    private Optional<Bundle> sameVersionElsewhere(String symbolicName, String version, Path target) {
        org.osgi.framework.Version wanted = org.osgi.framework.Version.parseVersion(version == null ? "0" : version.strip());
        String ours = target.toUri().toString();
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getVersion().equals(wanted)
                    && !bundle.getLocation().equals(ours) && !bundle.getLocation().equals("file:" + target)) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    private Optional<Bundle> find(String symbolicName) {
        Bundle best = null;
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && (best == null || bundle.getVersion().compareTo(best.getVersion()) > 0)) {
                best = bundle;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Polls until the condition yields a value: fileinstall acts on its own thread. */
    private static <T> T await(java.util.function.Supplier<Optional<T>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        throw new ApiException(504, "deploy_timeout", "Modul belum aktif setelah " + WAIT.toSeconds()
                + " detik; periksa log server.", null);
    }

    private List<Problem> codeModuleProblems(byte[] jar, String name) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, "no Bundle-SymbolicName: not an OSGi bundle"));
        }
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (entryName.startsWith("/") || entryName.contains("..") || entryName.contains("\\")) {
                    problems.add(new Problem(entryName, 0, "entry name leaves the jar"));
                }
            }
        }
        return problems;
    }

    private static Manifest manifest(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            return in.getManifest();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "Berkas terlalu besar: maksimum " + maxBytes / (1024 * 1024) + " MB.", null);
    }
}

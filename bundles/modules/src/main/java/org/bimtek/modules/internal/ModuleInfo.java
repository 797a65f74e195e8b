package org.bimtek.modules.internal;

import java.util.List;
import org.bimtek.api.course.Problem;

/** One Bimtek bundle as the module page and {@code GET /api/modules} show it. */
public record ModuleInfo(String symbolicName, String version, String state, String kind, boolean removable, List<String> errors) {

    static ModuleInfo of(org.osgi.framework.Bundle bundle, boolean course, boolean removable, List<Problem> problems) {
        return new ModuleInfo(bundle.getSymbolicName(), bundle.getVersion().toString(), state(bundle.getState()),
                course ? "course" : "code", removable, problems.stream().map(Problem::toString).toList());
    }

    static String state(int state) {
        return switch (state) {
            case org.osgi.framework.Bundle.ACTIVE -> "ACTIVE";
            case org.osgi.framework.Bundle.RESOLVED -> "RESOLVED";
            case org.osgi.framework.Bundle.INSTALLED -> "INSTALLED";
            case org.osgi.framework.Bundle.STARTING -> "STARTING";
            case org.osgi.framework.Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}

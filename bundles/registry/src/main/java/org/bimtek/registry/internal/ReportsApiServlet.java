package org.bimtek.registry.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.web.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/reports/coverage} (JSON), {@code coverage.csv} and {@code coverage.svg}: the coverage report in the caller's scope. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-registry-reports")
@HttpWhiteboardServletPattern("/api/reports/*")
public final class ReportsApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient CoverageReport coverage;
    private final transient Scopes scopes;

    @Activate
    public ReportsApiServlet(@Reference SessionService sessions, @Reference CoverageReport coverage, @Reference Scopes scopes) {
        super(sessions);
        this.coverage = coverage;
        this.scopes = scopes;
        get("/api/reports/coverage", this::json).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/reports/coverage.csv", this::csv).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/reports/coverage.svg", this::svg).roles(Role.ADMIN, Role.SUPERVISOR);
    }

    private List<CoverageReport.Row> rows(Call call) {
        return coverage.rows(scopes.of(call.user()), Dates.today());
    }

    private Object json(Call call) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Dates.today());
        report.put("rows", rows(call));
        return report;
    }

    private Object csv(Call call) throws Exception {
        LocalDate today = Dates.today();
        byte[] csv = Csv.write(CoverageReport.CSV_HEADER, rows(call).stream().map(CoverageReport::csvRow).toList());
        ImportExportApiServlet.writeCsv(call.response(), "cakupan-" + today + ".csv", csv);
        return WRITTEN;
    }

    private Object svg(Call call) throws Exception {
        byte[] svg = CoverageChart.svg(rows(call), RegistryTexts.of(call.language())).getBytes(StandardCharsets.UTF_8);
        call.response().setContentType("image/svg+xml; charset=UTF-8");
        call.response().setContentLength(svg.length);
        call.response().getOutputStream().write(svg);
        return WRITTEN;
    }
}

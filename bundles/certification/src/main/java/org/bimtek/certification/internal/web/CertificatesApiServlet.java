package org.bimtek.certification.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.course.Tier;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Call;
import org.bimtek.api.http.Json;
import org.bimtek.api.http.RestServlet;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.storage.Database;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.credential.SigningKeys;
import org.bimtek.certification.internal.credential.StatusLists;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.CertificateStore;
import org.bimtek.certification.internal.issue.Issuer;
import org.bimtek.certification.internal.verify.RateLimiter;
import org.bimtek.certification.internal.verify.Verifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Certification's REST API: the ladder and the trainee's progress on it, certificates (JSON, PDF, signed
 * credential), revocation and re-issue, approvals, keys, and the public verification endpoints and status list.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-certification-api")
@HttpWhiteboardServletPattern({"/api/ladder", "/api/ladder/*", "/api/me/ladder", "/api/me/certificates", "/api/certificates",
    "/api/certificates/*", "/api/verify", "/api/status-lists/*", "/api/certification/*"})
public final class CertificatesApiServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    private final transient Database database;
    private final transient Issuer issuer;
    private final transient CertificationSettings settings;
    private final transient RateLimiter limiter;

    /** The body of revoke and re-issue. */
    public record ReasonInput(String reason) {
    }

    /** The body of {@code POST /api/verify}. */
    public record CredentialInput(String credential) {
    }

    @Activate
    public CertificatesApiServlet(@Reference SessionService sessions, @Reference Database database, @Reference Issuer issuer,
            @Reference CertificationSettings settings, @Reference Verifier verifier, @Reference StatusLists statusLists,
            @Reference SigningKeys keys, @Reference UnitProgress units) {
        super(sessions);
        this.database = database;
        this.issuer = issuer;
        this.settings = settings;
        this.limiter = new RateLimiter(settings::verifyRequestsPerMinute);

        get("/api/ladder", call -> issuer.ladder().tiers().stream().map(CertificateViews::tier).toList()).open();
        get("/api/ladder/{tier}", call -> CertificateViews.tier(issuer.ladder().tier(tier(call.path("tier"))))).open();
        get("/api/me/ladder", call -> {
            long userId = call.user().id();
            // Looking is also a moment to issue: an event missed while this bundle was away is caught up here.
            issuer.evaluate(userId);
            List<Certificate> mine = issuer.certificates(userId);
            LocalDate today = issuer.today();
            return issuer.progress(userId, call.language()).stream().map(p -> CertificateViews.progress(p, mine, today)).toList();
        });
        get("/api/me/certificates", call -> CertificateViews.certificates(issuer.certificates(call.user().id()), issuer.today(),
                settings.expiryWarningDays(), settings.baseUrl()));
        get("/api/certificates", call -> CertificateViews.certificates(database.withConnection(c -> CertificateStore.all(c,
                call.query("q", null), 200)), issuer.today(), settings.expiryWarningDays(), settings.baseUrl())).roles(Role.ADMIN);
        get("/api/certificates/expiring", call -> {
            int days = settings.expiryWarningDays();
            LocalDate today = issuer.today();
            return CertificateViews.certificates(database.withConnection(c -> CertificateStore.expiringBetween(c, today, today.plusDays(days))),
                    today, days, settings.baseUrl());
        }).roles(Role.ADMIN);
        get("/api/certificates/{code}.pdf", call -> {
            Certificate cert = visible(call);
            byte[] pdf = database.withConnection(c -> CertificateStore.pdf(c, cert.code())).orElseThrow();
            HttpServletResponse response = call.response();
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + cert.number() + ".pdf\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
            return WRITTEN;
        });
        get("/api/certificates/{code}/credential", call -> {
            Certificate cert = visible(call);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", cert.number());
            body.put("format", "vc+jwt");
            body.put("credential", cert.credential());
            body.put("payload", Json.MAPPER.readTree(java.util.Base64.getUrlDecoder().decode(cert.credential().split("\\.")[1])));
            if ("1".equals(call.query("download", null))) {
                call.response().setHeader("Content-Disposition", "attachment; filename=\"" + cert.number() + ".credential.json\"");
            }
            return body;
        });
        get("/api/certificates/{code}/verify", call -> {
            limit(call);
            return verifier.byCode(call.path("code")).orElseThrow(() -> new ApiException(404, "not_found",
                    "Tidak ada sertifikat dengan kode ini. Periksa kembali kode pada sertifikat.", Map.of("status", "NOT_FOUND")));
        }).open();
        get("/api/certificates/{code}", call -> CertificateViews.certificate(visible(call), issuer.today(), settings.expiryWarningDays(),
                settings.baseUrl()));
        post("/api/certificates/{code}/revoke", call -> {
            ReasonInput input = call.body(ReasonInput.class);
            Certificate revoked = issuer.revoke(call.path("code"), call.user().username(), input.reason());
            return CertificateViews.certificate(revoked, issuer.today(), settings.expiryWarningDays(), settings.baseUrl());
        }).roles(Role.ADMIN);
        post("/api/certificates/{code}/reissue", call -> {
            ReasonInput input = call.body(ReasonInput.class);
            if (input.reason() == null || input.reason().isBlank()) {
                throw ApiException.badRequest("reason_required", "Alasan penerbitan ulang wajib diisi.");
            }
            Certificate replacement = issuer.reissue(call.path("code"), call.user().username(), input.reason().strip());
            return CertificateViews.certificate(replacement, issuer.today(), settings.expiryWarningDays(), settings.baseUrl());
        }).roles(Role.ADMIN);
        post("/api/verify", call -> {
            limit(call);
            CredentialInput input = call.body(CredentialInput.class);
            if (input.credential() == null || input.credential().isBlank()) {
                throw ApiException.badRequest("credential_required", "Kirim {\"credential\": \"<JWS ringkas>\"}.");
            }
            return verifier.byCredential(input.credential().strip());
        }).open();
        get("/api/status-lists/revocation", call -> {
            byte[] jwt = statusLists.revocationList().getBytes(StandardCharsets.US_ASCII);
            call.response().setContentType("application/vc+jwt");
            call.response().setContentLength(jwt.length);
            call.response().getOutputStream().write(jwt);
            return WRITTEN;
        }).open();
        get("/api/certification/approvals", call -> database.withConnection(c -> {
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            try (var s = c.prepareStatement("SELECT user_id, tier, requested_at FROM cert_approval ORDER BY requested_at");
                    var rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(Map.of("userId", rs.getLong(1), "tier", rs.getString(2),
                            "requestedAt", org.bimtek.api.storage.JdbcTime.get(rs, "requested_at")));
                }
            }
            return rows;
        })).roles(Role.ADMIN);
        post("/api/certification/approvals/{userId}/{tier}", call -> {
            long userId = parseId(call.path("userId"));
            Certificate issued = issuer.approve(userId, tier(call.path("tier")), call.user().username());
            return CertificateViews.certificate(issued, issuer.today(), settings.expiryWarningDays(), settings.baseUrl());
        }).roles(Role.ADMIN);
        get("/api/certification/units/{unitId}/progress", call -> units.report(units.unitFor(call.user(),
                parseId(call.path("unitId"))), call.language())).roles(Role.ADMIN, Role.SUPERVISOR);
        get("/api/certification/keys", call -> keys.published().stream().map(k -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kid", k.kid());
            row.put("createdAt", k.createdAt());
            row.put("retiredAt", k.retiredAt());
            row.put("current", k.kid().equals(keys.current().kid()));
            return row;
        }).toList()).roles(Role.ADMIN);
        post("/api/certification/keys/rotate", call -> Map.of("kid", keys.rotate(call.user().username()))).roles(Role.ADMIN);
    }

    private void limit(Call call) {
        if (!limiter.allow(call.clientAddress())) {
            call.response().setHeader("Retry-After", "60");
            throw new ApiException(429, "too_many_requests", "Terlalu banyak permintaan verifikasi; coba lagi dalam satu menit.", null);
        }
    }

    /** The certificate, to its holder or an administrator; anyone else gets 404, not a hint that it exists. */
    private Certificate visible(Call call) {
        Optional<Certificate> cert = database.withConnection(c -> CertificateStore.byCode(c, call.path("code")));
        if (cert.isEmpty() || cert.get().userId() != call.user().id() && !call.user().hasRole(Role.ADMIN)) {
            throw ApiException.notFound("Sertifikat tidak ditemukan.");
        }
        return cert.get();
    }

    static Tier tier(String name) {
        try {
            return Tier.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Tingkat tidak dikenal: " + name + " (DASAR, MENENGAH, MAHIR).");
        }
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Tidak ditemukan: " + text);
        }
    }
}

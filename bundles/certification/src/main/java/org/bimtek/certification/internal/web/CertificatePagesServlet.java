package org.bimtek.certification.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.certification.CertificateStatus;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.http.Csrf;
import org.bimtek.api.identity.Role;
import org.bimtek.api.identity.Session;
import org.bimtek.api.identity.SessionService;
import org.bimtek.api.http.SessionCookie;
import org.bimtek.api.storage.Database;
import org.bimtek.api.web.PageLayout;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.credential.SigningKeys;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.CertificateStore;
import org.bimtek.certification.internal.issue.Issuer;
import org.bimtek.certification.internal.ladder.TierProgress;
import org.bimtek.certification.internal.pdf.IndonesianDates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The trainee's page {@code /sertifikat} (progress on each tier with what is missing and where to do it, my
 * certificates with PDF, signed credential and the verification link) and the administrator's
 * {@code /sertifikat/kelola} (search, revoke, re-issue, expiring soon, approvals, key rotation).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-certification-pages")
@HttpWhiteboardServletPattern({"/sertifikat", "/sertifikat/*"})
public final class CertificatePagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient SessionService sessions;
    private final transient Issuer issuer;
    private final transient Database database;
    private final transient CertificationSettings settings;
    private final transient SigningKeys keys;
    private final transient UnitProgress units;
    private final transient org.bimtek.api.identity.UserService users;

    @Activate
    public CertificatePagesServlet(@Reference PageLayout layout, @Reference SessionService sessions, @Reference Issuer issuer,
            @Reference Database database, @Reference CertificationSettings settings, @Reference SigningKeys keys,
            @Reference UnitProgress units, @Reference org.bimtek.api.identity.UserService users) {
        this.units = units;
        this.users = users;
        this.layout = layout;
        this.sessions = sessions;
        this.issuer = issuer;
        this.database = database;
        this.settings = settings;
        this.keys = keys;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<Session> session = SessionCookie.sessionOrLogin(request, response, sessions);
        if (session.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean post = "POST".equals(request.getMethod());
        try {
            if (path.isEmpty() || path.equals("/")) {
                mine(request, response, session.get());
            } else if (path.equals("/unit") && !post) {
                unit(request, response, session.get());
            } else if (path.startsWith("/kelola")) {
                if (!session.get().user().hasRole(Role.ADMIN)) {
                    throw ApiException.forbidden("Halaman ini hanya untuk administrator.");
                }
                if (post) {
                    act(request, response, session.get(), path);
                } else {
                    manage(request, response, session.get(), null);
                }
            } else {
                throw ApiException.notFound("Halaman tidak ditemukan.");
            }
        } catch (ApiException e) {
            layout.render(request, response, e.status(), e.getMessage(), "<p class=\"error\">" + escape(e.getMessage()) + "</p>");
        }
    }

    private void mine(HttpServletRequest request, HttpServletResponse response, Session session) throws IOException {
        long userId = session.user().id();
        Locale locale = layout.locale(request);
        issuer.evaluate(userId);
        List<Certificate> mine = issuer.certificates(userId);
        LocalDate today = issuer.today();
        StringBuilder body = new StringBuilder(Page.HEAD).append("<script src=\"/sertifikat-aset/sertifikat.js\" defer></script>\n")
                .append("<h1>Sertifikat saya</h1>\n");
        certificates(body, mine, today);
        body.append("<h2>Jenjang sertifikasi</h2>\n<p class=\"muted\">Setiap tingkat mensyaratkan tingkat di bawahnya yang masih ")
                .append("berlaku. Sertifikat terbit otomatis begitu semua persyaratan terpenuhi.</p>\n<div class=\"tiers\">\n");
        for (TierProgress p : issuer.progress(userId, locale)) {
            tier(body, p, mine, today);
        }
        body.append("</div>\n");
        layout.render(request, response, 200, "Sertifikat saya", body.toString());
    }

    private void certificates(StringBuilder body, List<Certificate> mine, LocalDate today) {
        if (mine.isEmpty()) {
            body.append("<p id=\"no-certificates\">Anda belum memiliki sertifikat. Lihat persyaratan tiap tingkat di bawah.</p>\n");
            return;
        }
        int warning = settings.expiryWarningDays();
        for (Certificate c : mine) {
            CertificateStatus status = c.status(today);
            String verifyUrl = settings.baseUrl() + c.verifyPath();
            body.append("<section class=\"card certificate\" data-number=\"").append(escape(c.number())).append("\"><h3>Tingkat ")
                    .append(escape(c.snapshot().tierTitle())).append(" <span class=\"badge").append(status == CertificateStatus.VALID
                            ? " ok" : "").append("\">").append(Page.statusWord(status.name())).append("</span></h3>\n<dl class=\"facts\">");
            Page.fact(body, "Nomor", c.number());
            Page.fact(body, "Terbit", IndonesianDates.format(c.snapshot().issuedOn()));
            Page.fact(body, "Berlaku sampai", IndonesianDates.format(c.validUntil()));
            Page.fact(body, "Alasan pencabutan", c.revokeReason());
            Page.fact(body, "Digantikan oleh", c.supersededBy());
            body.append("</dl>\n");
            if (status == CertificateStatus.VALID && !c.validUntil().isAfter(today.plusDays(warning))) {
                body.append("<p class=\"error expiring\">Sertifikat ini berakhir pada ").append(IndonesianDates.format(c.validUntil()))
                        .append(". Untuk sertifikasi ulang, pastikan persyaratan tingkat ").append(escape(c.snapshot().tierTitle()))
                        .append(" di bawah tetap terpenuhi (selesaikan versi terbaru kursusnya dan kerjakan kuisnya); sertifikat baru ")
                        .append("terbit otomatis saat yang lama berakhir.</p>\n");
            }
            body.append("<div class=\"cert-actions\"><a class=\"button\" id=\"pdf-").append(escape(c.code())).append("\" href=\"/api/certificates/")
                    .append(escape(c.code())).append(".pdf\">Unduh PDF</a>")
                    .append("<a class=\"button\" href=\"/api/certificates/").append(escape(c.code()))
                    .append("/credential?download=1\">Unduh kredensial digital (JSON)</a>")
                    .append("<button type=\"button\" data-copy=\"").append(escape(verifyUrl)).append("\">Salin tautan verifikasi</button>")
                    .append("</div><p class=\"muted\">Tautan verifikasi: <a href=\"").append(escape(c.verifyPath())).append("\">")
                    .append(escape(verifyUrl)).append("</a></p></section>\n");
        }
    }

    private static void tier(StringBuilder body, TierProgress p, List<Certificate> mine, LocalDate today) {
        body.append("<section class=\"tier\" id=\"tier-").append(p.spec().tier().name()).append("\"><h3>").append(escape(p.spec().title()))
                .append("</h3>\n");
        Optional<Certificate> held = mine.stream().filter(c -> c.tier() == p.spec().tier() && c.status(today) == CertificateStatus.VALID)
                .findFirst();
        if (!p.spec().configured()) {
            body.append("<p class=\"muted\">Persyaratan tingkat ini belum ditetapkan.</p></section>\n");
            return;
        }
        body.append("<p class=\"progress\"><progress max=\"").append(p.requirements().size()).append("\" value=\"").append(p.met())
                .append("\"></progress><span class=\"summary\">").append(p.met()).append(" dari ").append(p.requirements().size())
                .append(" persyaratan terpenuhi</span></p>\n");
        if (held.isPresent()) {
            body.append("<p class=\"badge ok\">✓ Tersertifikasi: ").append(escape(held.get().number())).append("</p>\n");
        } else if (p.complete() && p.spec().approval()) {
            body.append("<p class=\"notice\">Semua persyaratan terpenuhi; menunggu persetujuan administrator.</p>\n");
        } else if (p.spec().approval()) {
            body.append("<p class=\"muted\">Sertifikat tingkat ini terbit setelah disetujui administrator.</p>\n");
        }
        body.append("<ul>\n");
        for (Evaluation e : p.requirements()) {
            body.append("<li class=\"").append(e.met() ? "met" : "missing").append("\">");
            body.append(e.link() == null || e.met() ? escape(e.label()) : Page.link(e.link(), e.label()));
            if (!e.met() && e.missing() != null) {
                body.append("<small>").append(escape(e.missing())).append("</small>");
            }
            body.append("</li>\n");
        }
        body.append("</ul></section>\n");
    }

    private void unit(HttpServletRequest request, HttpServletResponse response, Session session) throws IOException {
        Long asked = null;
        try {
            asked = request.getParameter("unit") == null ? null : Long.valueOf(request.getParameter("unit"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Unit tidak ditemukan.");
        }
        org.bimtek.api.registry.Unit unit = units.unitFor(session.user(), asked);
        java.util.Map<String, Object> report = units.report(unit, layout.locale(request));
        StringBuilder body = new StringBuilder(Page.HEAD).append("<h1>Kemajuan sertifikasi: ").append(escape(unit.name())).append("</h1>\n")
                .append("<p class=\"muted\">Orang di unit ini dan unit di bawahnya. \"2/4\" berarti 2 dari 4 persyaratan tingkat itu ")
                .append("terpenuhi.</p>\n<div class=\"table\"><table id=\"unit-progress\"><thead><tr><th>Nama</th><th>Unit</th>")
                .append("<th>Dasar</th><th>Menengah</th><th>Mahir</th></tr></thead><tbody>\n");
        for (Object o : (List<?>) report.get("people")) {
            java.util.Map<?, ?> row = (java.util.Map<?, ?>) o;
            body.append("<tr><td>").append(escape(String.valueOf(row.get("name")))).append("</td><td>")
                    .append(escape(String.valueOf(row.get("unitName")))).append("</td>");
            List<?> tiers = (List<?>) row.get("tiers");
            if (tiers.isEmpty()) {
                body.append("<td colspan=\"3\" class=\"muted\">Belum punya akun pelatihan</td>");
            }
            for (Object t : tiers) {
                java.util.Map<?, ?> tier = (java.util.Map<?, ?>) t;
                body.append("<td>").append(Boolean.TRUE.equals(tier.get("certified")) ? "<span class=\"badge ok\">✓ Tersertifikasi</span>"
                        : tier.get("met") + "/" + tier.get("total")).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        if (Boolean.TRUE.equals(report.get("truncated"))) {
            body.append("<p class=\"muted\">Hanya ").append(UnitProgress.MAX_PEOPLE).append(" orang pertama yang ditampilkan; pilih unit ")
                    .append("yang lebih kecil.</p>\n");
        }
        layout.render(request, response, 200, "Kemajuan sertifikasi " + unit.name(), body.toString());
    }

    private void manage(HttpServletRequest request, HttpServletResponse response, Session session, String notice) throws IOException {
        String q = request.getParameter("q");
        LocalDate today = issuer.today();
        List<Certificate> found = database.withConnection(c -> CertificateStore.all(c, q, 100));
        List<Certificate> expiring = database.withConnection(c -> CertificateStore.expiringBetween(c, today,
                today.plusDays(settings.expiryWarningDays())));
        StringBuilder body = new StringBuilder(Page.HEAD).append("<h1>Kelola sertifikat</h1>\n");
        if (notice != null) {
            body.append("<p class=\"notice\" id=\"notice\">").append(escape(notice)).append("</p>\n");
        }
        body.append("<form method=\"get\" action=\"/sertifikat/kelola\"><label for=\"q\">Cari nomor atau nama</label><input id=\"q\" name=\"q\" value=\"")
                .append(escape(q == null ? "" : q)).append("\"><button type=\"submit\">Cari</button></form>\n");
        table(body, found, today, session, true);
        body.append("<h2>Berakhir dalam ").append(settings.expiryWarningDays()).append(" hari</h2>\n");
        if (expiring.isEmpty()) {
            body.append("<p class=\"muted\">Tidak ada.</p>\n");
        } else {
            table(body, expiring, today, session, false);
        }
        approvals(body, session);
        body.append("<h2>Kunci penanda tangan</h2>\n<p>Kunci aktif: <code id=\"current-key\">").append(escape(keys.current().kid()))
                .append("</code>. Kunci lama tetap diterbitkan di <a href=\"/.well-known/jwks.json\">JWKS</a> agar sertifikat lama tetap ")
                .append("dapat diverifikasi.</p>\n<form method=\"post\" action=\"/sertifikat/kelola/kunci\">")
                .append(Page.hidden(SessionService.CSRF_FIELD, session.csrfToken()))
                .append("<button type=\"submit\" id=\"rotate-key\">Ganti kunci penanda tangan</button></form>\n");
        layout.render(request, response, 200, "Kelola sertifikat", body.toString());
    }

    private void approvals(StringBuilder body, Session session) {
        List<long[]> waiting = database.withConnection(c -> {
            List<long[]> rows = new java.util.ArrayList<>();
            try (var st = c.prepareStatement("SELECT user_id, tier FROM cert_approval ORDER BY requested_at"); var rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), org.bimtek.api.course.Tier.valueOf(rs.getString(2)).ordinal()});
                }
            }
            return rows;
        });
        body.append("<h2>Menunggu persetujuan</h2>\n");
        if (waiting.isEmpty()) {
            body.append("<p class=\"muted\">Tidak ada. Tingkat yang memerlukan persetujuan diatur dengan <code>ladder.&lt;TINGKAT&gt;.approval")
                    .append(" = true</code>.</p>\n");
            return;
        }
        body.append("<ul id=\"approvals\">\n");
        for (long[] row : waiting) {
            org.bimtek.api.course.Tier tier = org.bimtek.api.course.Tier.values()[(int) row[1]];
            String name = users.find(row[0]).map(u -> u.displayName() + " (" + u.username() + ")").orElse("pengguna " + row[0]);
            body.append("<li>").append(escape(name)).append(": tingkat ").append(escape(issuer.ladder().tier(tier).title()))
                    .append(" <form method=\"post\" action=\"/sertifikat/kelola/setujui\" class=\"inline\">")
                    .append(Page.hidden(SessionService.CSRF_FIELD, session.csrfToken())).append(Page.hidden("pengguna", Long.toString(row[0])))
                    .append(Page.hidden("tingkat", tier.name())).append("<button type=\"submit\" class=\"small\">Setujui dan terbitkan</button>")
                    .append("</form></li>\n");
        }
        body.append("</ul>\n");
    }

    private static void table(StringBuilder body, List<Certificate> list, LocalDate today, Session session, boolean actions) {
        body.append("<div class=\"table\"><table><thead><tr><th>Nomor</th><th>Pemegang</th><th>Tingkat</th><th>Berlaku sampai</th>")
                .append("<th>Status</th>").append(actions ? "<th>Tindakan</th>" : "").append("</tr></thead><tbody>\n");
        for (Certificate c : list) {
            CertificateStatus status = c.status(today);
            body.append("<tr><td>").append(Page.link(c.verifyPath(), c.number())).append("</td><td>").append(escape(c.holderName()))
                    .append("</td><td>").append(escape(c.snapshot().tierTitle())).append("</td><td>").append(IndonesianDates.format(c.validUntil()))
                    .append("</td><td>").append(Page.statusWord(status.name())).append("</td>");
            if (actions) {
                body.append("<td>");
                if (!c.withdrawn()) {
                    body.append("<form method=\"post\" action=\"/sertifikat/kelola/cabut\">")
                            .append(Page.hidden(SessionService.CSRF_FIELD, session.csrfToken())).append(Page.hidden("kode", c.code()))
                            .append("<input name=\"alasan\" required maxlength=\"500\" placeholder=\"Alasan\" aria-label=\"Alasan pencabutan ")
                            .append(escape(c.number())).append("\"><button type=\"submit\" class=\"small\">Cabut</button></form>")
                            .append("<form method=\"post\" action=\"/sertifikat/kelola/terbit-ulang\">")
                            .append(Page.hidden(SessionService.CSRF_FIELD, session.csrfToken())).append(Page.hidden("kode", c.code()))
                            .append("<input name=\"alasan\" required maxlength=\"500\" placeholder=\"Alasan perbaikan\" aria-label=\"Alasan ")
                            .append("penerbitan ulang ").append(escape(c.number())).append("\"><button type=\"submit\" class=\"small\">")
                            .append("Terbitkan ulang</button></form>");
                }
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
    }

    private void act(HttpServletRequest request, HttpServletResponse response, Session session, String path) throws IOException {
        if (!Csrf.tokenMatches(request, session)) {
            throw ApiException.forbidden("Formulir kedaluwarsa; muat ulang halaman lalu coba lagi.");
        }
        String admin = session.user().username();
        String notice;
        if (path.equals("/kelola/cabut")) {
            Certificate revoked = issuer.revoke(String.valueOf(request.getParameter("kode")), admin, request.getParameter("alasan"));
            notice = "Sertifikat " + revoked.number() + " dicabut.";
        } else if (path.equals("/kelola/terbit-ulang")) {
            String reason = request.getParameter("alasan");
            if (reason == null || reason.isBlank()) {
                throw ApiException.badRequest("reason_required", "Alasan penerbitan ulang wajib diisi.");
            }
            Certificate fixed = issuer.reissue(String.valueOf(request.getParameter("kode")), admin, reason.strip());
            notice = "Sertifikat pengganti " + fixed.number() + " diterbitkan.";
        } else if (path.equals("/kelola/setujui")) {
            long userId;
            try {
                userId = Long.parseLong(String.valueOf(request.getParameter("pengguna")));
            } catch (NumberFormatException e) {
                throw ApiException.notFound("Pengguna tidak ditemukan.");
            }
            Certificate approved = issuer.approve(userId, CertificatesApiServlet.tier(String.valueOf(request.getParameter("tingkat"))), admin);
            notice = "Sertifikat " + approved.number() + " diterbitkan.";
        } else if (path.equals("/kelola/kunci")) {
            notice = "Kunci penanda tangan baru: " + keys.rotate(admin) + ".";
        } else {
            throw ApiException.notFound("Halaman tidak ditemukan.");
        }
        manage(request, response, session, notice);
    }
}

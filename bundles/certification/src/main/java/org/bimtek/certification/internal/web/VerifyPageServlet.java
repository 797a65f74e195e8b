package org.bimtek.certification.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.web.PageLayout;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.pdf.IndonesianDates;
import org.bimtek.certification.internal.verify.RateLimiter;
import org.bimtek.certification.internal.verify.Verdict;
import org.bimtek.certification.internal.verify.Verifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The public verification page the QR code opens, {@code /verify/<code>}, and {@code /verify} to type a code in. No
 * login; it shows what the certificate itself shows and its status in plain words.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-certification-verify-page")
@HttpWhiteboardServletPattern({"/verify", "/verify/*"})
public final class VerifyPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageLayout layout;
    private final transient Verifier verifier;
    private final transient RateLimiter limiter;

    @Activate
    public VerifyPageServlet(@Reference PageLayout layout, @Reference Verifier verifier, @Reference CertificationSettings settings) {
        this.layout = layout;
        this.verifier = verifier;
        this.limiter = new RateLimiter(settings::verifyRequestsPerMinute);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String typed = request.getParameter("kode");
        if (path.isEmpty() && typed != null && !typed.isBlank()) {
            response.sendRedirect("/verify/" + java.net.URLEncoder.encode(typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", ""),
                    java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        StringBuilder body = new StringBuilder(Page.HEAD).append("<h1>Verifikasi sertifikat</h1>\n");
        if (path.isEmpty()) {
            form(body, "");
            layout.render(request, response, 200, "Verifikasi sertifikat", body.toString());
            return;
        }
        if (!limiter.allow(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            body.append("<p class=\"error\">Terlalu banyak permintaan verifikasi dari alamat Anda. Coba lagi dalam satu menit.</p>");
            layout.render(request, response, 429, "Terlalu banyak permintaan", body.toString());
            return;
        }
        Optional<Verdict> verdict = verifier.byCode(path);
        if (verdict.isEmpty()) {
            body.append("<div class=\"verdict NOT_FOUND\" id=\"verdict\" data-status=\"NOT_FOUND\"><strong>Tidak ditemukan</strong>")
                    .append("Tidak ada sertifikat dengan kode <code>").append(escape(path)).append("</code>. Periksa kembali kode ")
                    .append("pada sertifikat; bila kode benar, sertifikat itu tidak diterbitkan oleh sistem ini.</div>\n");
            form(body, path);
            layout.render(request, response, 404, "Sertifikat tidak ditemukan", body.toString());
            return;
        }
        render(body, verdict.get());
        layout.render(request, response, 200, "Verifikasi " + verdict.get().number(), body.toString());
    }

    private static void render(StringBuilder body, Verdict v) {
        body.append("<div class=\"verdict ").append(v.status().name()).append("\" id=\"verdict\" data-status=\"").append(v.status().name())
                .append("\"><strong>").append(escape(Page.statusWord(v.status().name()))).append("</strong>")
                .append(escape(v.statusText())).append("</div>\n<dl class=\"facts\">\n");
        Page.fact(body, "Pemegang", v.holderName());
        Page.fact(body, "NIP", v.nip());
        Page.fact(body, "Unit saat terbit", v.unitAtIssue());
        Page.fact(body, "Tingkat", v.tierTitle());
        Page.fact(body, "Nomor", v.number());
        Page.fact(body, "Tanggal terbit", IndonesianDates.format(v.issuedOn()));
        Page.fact(body, "Berlaku sampai", IndonesianDates.format(v.validUntil()));
        Page.fact(body, "Penerbit", v.issuer());
        body.append("</dl>\n<p class=\"muted\">Halaman ini dibaca langsung dari catatan penerbit. Kredensial digital sertifikat ")
                .append("juga dapat diperiksa dengan <code>POST /api/verify</code> dan kunci publik di ")
                .append("<a href=\"/.well-known/jwks.json\">/.well-known/jwks.json</a>.</p>\n");
    }

    private static void form(StringBuilder body, String value) {
        body.append("<form method=\"get\" action=\"/verify\" class=\"login\"><label for=\"kode\">Kode verifikasi (16 karakter)</label>")
                .append("<input id=\"kode\" name=\"kode\" autocomplete=\"off\" maxlength=\"40\" value=\"").append(escape(value))
                .append("\"><button type=\"submit\">Periksa</button></form>\n");
    }
}

package org.bimtek.certification.internal.shell;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.api.http.ApiException;
import org.bimtek.certification.internal.issue.Certificate;
import org.bimtek.certification.internal.issue.Issuer;

/** {@code bimtek:cert-revoke <code> <reason...>}: revokes as the administrator on the console; audited like the page. */
@Service
@Command(scope = "bimtek", name = "cert-revoke", description = "Cabut sertifikat dengan alasan / revokes a certificate with a reason")
public class CertRevokeCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "kode verifikasi sertifikat (16 karakter)")
    String code;

    @Argument(index = 1, name = "reason", required = true, multiValued = true, description = "alasan pencabutan")
    List<String> reason;

    @Reference
    Issuer issuer;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Certificate revoked = issuer.revoke(code.strip().toUpperCase(java.util.Locale.ROOT), "console", String.join(" ", reason));
            session.getConsole().println("Dicabut: " + revoked.number() + " (" + revoked.revokeReason() + ")");
        } catch (ApiException e) {
            session.getConsole().println(e.getMessage());
        }
        return null;
    }
}

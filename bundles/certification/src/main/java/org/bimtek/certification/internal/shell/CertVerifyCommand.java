package org.bimtek.certification.internal.shell;

import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.certification.internal.verify.Verdict;
import org.bimtek.certification.internal.verify.Verifier;

/** {@code bimtek:cert-verify <code or token>}: the same verification as the public page and {@code POST /api/verify}. */
@Service
@Command(scope = "bimtek", name = "cert-verify", description = "Periksa sertifikat dari kode verifikasi atau kredensial JWS / verifies a certificate")
public class CertVerifyCommand implements Action {

    @Argument(index = 0, name = "codeOrToken", required = true, description = "kode verifikasi (16 karakter) atau kredensial JWS ringkas")
    String input;

    @Reference
    Verifier verifier;

    @Reference
    Session session;

    @Override
    public Object execute() {
        String value = input.strip();
        if (value.contains(".")) {
            Map<String, Object> result = verifier.byCredential(value);
            session.getConsole().println("Tanda tangan: " + result.get("signature"));
            session.getConsole().println("Status: " + result.get("status"));
            session.getConsole().println(result.get("message"));
            if (result.get("certificate") instanceof Verdict v) {
                print(v);
            }
            return null;
        }
        verifier.byCode(value.toUpperCase(java.util.Locale.ROOT)).ifPresentOrElse(v -> {
            session.getConsole().println("Status: " + v.status());
            session.getConsole().println(v.statusText());
            print(v);
        }, () -> session.getConsole().println("Status: NOT_FOUND\nTidak ada sertifikat dengan kode " + value));
        return null;
    }

    private void print(Verdict v) {
        session.getConsole().println("Nomor: " + v.number() + "\nPemegang: " + v.holderName() + "\nTingkat: " + v.tierTitle()
                + "\nTerbit: " + v.issuedOn() + "\nBerlaku sampai: " + v.validUntil());
    }
}

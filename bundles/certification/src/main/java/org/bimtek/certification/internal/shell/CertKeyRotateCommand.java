package org.bimtek.certification.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.bimtek.certification.internal.credential.SigningKeys;

/** {@code bimtek:cert-key-rotate}: a new signing key from now on; the old one stays published for verification. */
@Service
@Command(scope = "bimtek", name = "cert-key-rotate", description = "Ganti kunci penanda tangan sertifikat / rotates the certificate signing key")
public class CertKeyRotateCommand implements Action {

    @Reference
    SigningKeys keys;

    @Reference
    Session session;

    @Override
    public Object execute() {
        session.getConsole().println("Kunci baru: " + keys.rotate("console"));
        return null;
    }
}

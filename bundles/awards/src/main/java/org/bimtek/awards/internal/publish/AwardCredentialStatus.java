package org.bimtek.awards.internal.publish;

import java.util.Optional;
import org.bimtek.api.certification.CredentialStatusSource;
import org.bimtek.awards.internal.model.Programme;
import org.bimtek.awards.internal.model.Words;
import org.bimtek.awards.internal.programme.Programmes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Answers {@code POST /api/verify} for the awards' credentials: valid while the programme's result stands, REVOKED once
 * an administrator withdrew it. Ids this module did not issue get no answer, so the verifier asks elsewhere.
 */
@Component(service = CredentialStatusSource.class)
public final class AwardCredentialStatus implements CredentialStatusSource {

    private final Publisher publisher;
    private final Programmes programmes;

    @Activate
    public AwardCredentialStatus(@Reference Publisher publisher, @Reference Programmes programmes) {
        this.publisher = publisher;
        this.programmes = programmes;
    }

    @Override
    public Optional<CredentialStatus> status(String credentialId) {
        if (credentialId == null || !credentialId.startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        Optional<StoredCredential> found = publisher.credential(credentialId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredCredential credential = found.get();
        Optional<Programme> programme = programmes.find(credential.programmeId());
        if (programme.isEmpty()) {
            return Optional.empty();
        }
        Programme p = programme.get();
        String summary = p.title() + ": Juara " + credential.rank() + ", " + credential.holderName();
        if (p.revoked()) {
            return Optional.of(new CredentialStatus(false, "REVOKED", "Penghargaan ini dicabut pada " + Words.date(p.revokedAt()) + ": "
                    + p.revocationReason(), summary));
        }
        return Optional.of(new CredentialStatus(true, "VALID", "Penghargaan sah: " + credential.holderName() + " tercatat sebagai Juara "
                + credential.rank() + ", diumumkan " + Words.date(p.publishedAt()) + ".", summary));
    }
}

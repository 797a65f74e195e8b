package org.bimtek.api.certification;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to issued certificates for other features. Issuing and revoking stay in the certification bundle. */
@ProviderType
public interface Certificates {

    /** Every certificate issued to the registry person, newest first. */
    List<CertificateSummary> ofPerson(long personId);

    /** Every certificate issued to the login account, newest first. */
    List<CertificateSummary> ofUser(long userId);
}

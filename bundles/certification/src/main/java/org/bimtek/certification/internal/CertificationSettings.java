package org.bimtek.certification.internal;

import java.util.Map;
import org.bimtek.certification.internal.ladder.Ladder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration of certification ({@code etc/org.bimtek.certification.cfg}): the ladder, who issues and
 * signs, the public address that QR codes and credentials point to, and the verification rate limit. Changes
 * apply without a restart; a ladder that does not parse is refused with a log line, and the previous one stays.
 */
@Component(service = CertificationSettings.class, configurationPid = "org.bimtek.certification")
public final class CertificationSettings {

    private static final Logger LOG = LoggerFactory.getLogger(CertificationSettings.class);

    private volatile Ladder ladder = Ladder.from(Map.of());
    private volatile Map<String, ?> properties = Map.of();

    @Activate
    @Modified
    public void configure(Map<String, ?> properties) {
        try {
            this.ladder = Ladder.from(properties);
        } catch (IllegalArgumentException e) {
            LOG.error("Certification ladder refused, keeping the previous one: {}", e.getMessage());
        }
        this.properties = Map.copyOf(properties);
    }

    public Ladder ladder() {
        return ladder;
    }

    public String issuerName() {
        return text("issuer.name", "Pemerintah Kota Samarinda");
    }

    public String signerName() {
        return text("signer.name", "Kepala Dinas Komunikasi dan Informatika");
    }

    public String signerTitle() {
        return text("signer.title", "Kepala Dinas Komunikasi dan Informatika Kota Samarinda");
    }

    public String city() {
        return text("signer.city", "Samarinda");
    }

    /** Where the public reaches this server: in QR codes, credentials and the did:web identifier. No trailing slash. */
    public String baseUrl() {
        String url = text("publicBaseUrl", "http://localhost:" + System.getProperty("bimtek.http.port", "8181"));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Public verification requests allowed per client address per minute. */
    public int verifyRequestsPerMinute() {
        try {
            return Math.max(1, Integer.parseInt(text("verifyRequestsPerMinute", "120")));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** How many days ahead the administrator's list and the holder's page warn of expiry. */
    public int expiryWarningDays() {
        try {
            return Math.max(1, Integer.parseInt(text("expiryWarningDays", "90")));
        } catch (NumberFormatException e) {
            return 90;
        }
    }

    private String text(String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }
}

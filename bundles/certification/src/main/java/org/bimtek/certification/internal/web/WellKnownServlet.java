package org.bimtek.certification.internal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.http.RestServlet;
import org.bimtek.certification.internal.CertificationSettings;
import org.bimtek.certification.internal.credential.DidWeb;
import org.bimtek.certification.internal.credential.SigningKeys;
import org.bimtek.certification.internal.credential.SigningKeys.PublishedKey;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The issuer's public keys, every one ever used (retired ones verify old certificates): as a JWKS at
 * {@code /.well-known/jwks.json} and as the {@code did:web} document at {@code /.well-known/did.json}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-certification-well-known")
@HttpWhiteboardServletPattern({"/.well-known/jwks.json", "/.well-known/did.json"})
public final class WellKnownServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SigningKeys keys;
    private final transient CertificationSettings settings;

    @Activate
    public WellKnownServlet(@Reference SigningKeys keys, @Reference CertificationSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Access-Control-Allow-Origin", "*");
        List<PublishedKey> published = keys.published();
        if (request.getServletPath().endsWith("jwks.json")) {
            RestServlet.writeJson(response, 200, Map.of("keys", published.stream().map(PublishedKey::jwk).toList()));
            return;
        }
        String did = DidWeb.of(settings.baseUrl());
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (PublishedKey key : published) {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", did + "#" + key.kid());
            method.put("type", "JsonWebKey");
            method.put("controller", did);
            method.put("publicKeyJwk", key.jwk());
            methods.add(method);
            ids.add(did + "#" + key.kid());
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"));
        document.put("id", did);
        document.put("verificationMethod", methods);
        document.put("assertionMethod", ids);
        response.setContentType("application/did+json");
        RestServlet.writeJson(response, 200, document);
    }
}

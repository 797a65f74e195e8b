package org.bimtek.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A small HTTP client for the tests: keeps cookies like a browser, sends JSON, and
 * remembers the CSRF token of the last login so state-changing calls can carry it.
 */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** A response with its JSON body parsed (null when the body is not JSON). */
    public record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {
        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrfToken;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    public Response postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return send(builder.build());
    }

    public Response putJson(String path, String json) throws IOException, InterruptedException {
        return put(path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
    }

    /** PUTs a body of any type (a JSON object, a PDF) with the CSRF token. */
    public Response put(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).header("X-CSRF-Token", csrfToken)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Sends raw bytes (a jar upload) with the CSRF token. */
    public Response postBytes(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).header("X-CSRF-Token", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Announces a body of {@code contentLength} bytes, sends only its first 64 KB, and returns
     * the status line's code: shows that the server refuses an oversized upload from its
     * headers, without waiting for (or storing) the gigabytes announced.
     */
    public int announceUpload(String path, long contentLength) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", URI.create(base).getPort())) {
            socket.setSoTimeout(30_000);
            String request = "POST " + path + " HTTP/1.1\r\nHost: " + URI.create(base).getAuthority()
                    + "\r\nCookie: BIMTEK_SESSION=" + sessionCookie() + "\r\nX-CSRF-Token: " + csrfToken
                    + "\r\nContent-Type: application/java-archive\r\nContent-Length: " + contentLength + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** Any method, with headers of its own and the CSRF token (the tus calls: POST, HEAD, PATCH). */
    public Response call(String method, String path, byte[] body, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return send(builder.build());
    }

    /**
     * Sends a request's head announcing {@code contentLength} bytes and only {@code partialBody} of them. With
     * {@code readStatus} it then reads the status code (a server that refuses from the headers answers before the
     * body); without, it closes the connection mid-body, as a dropped connection would, and returns -1.
     */
    public int partial(String method, String path, java.util.Map<String, String> headers, long contentLength, byte[] partialBody,
            boolean readStatus) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", URI.create(base).getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + URI.create(base).getAuthority()
                    + "\r\nCookie: BIMTEK_SESSION=" + sessionCookie() + "\r\nX-CSRF-Token: " + csrfToken + "\r\nContent-Length: "
                    + contentLength + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            socket.getOutputStream().write(head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(partialBody);
            socket.getOutputStream().flush();
            if (!readStatus) {
                return -1;
            }
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    public Response delete(String path) throws IOException, InterruptedException {
        return send(request(path).header("X-CSRF-Token", csrfToken).DELETE().build());
    }

    /** A POST with no CSRF token at all, as a forged cross-site request would be. */
    public Response postWithoutCsrf(String path) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    public Response login(String username, String password) throws IOException, InterruptedException {
        Response response = postJson("/api/auth/login",
                JSON.createObjectNode().put("username", username).put("password", password).toString());
        if (response.status() == 200) {
            csrfToken = response.json().get("csrfToken").asText();
        }
        return response;
    }

    /** The session cookie's value, to hand to another client (a "restarted browser"). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("BIMTEK_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public void useSession(String sessionCookie, String csrf) {
        HttpCookie cookie = new HttpCookie("BIMTEK_SESSION", sessionCookie);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        this.csrfToken = csrf;
    }

    public String csrfToken() {
        return csrfToken;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            json = JSON.readTree(response.body());
        }
        return new Response(response.statusCode(), response.body(), json, response);
    }
}

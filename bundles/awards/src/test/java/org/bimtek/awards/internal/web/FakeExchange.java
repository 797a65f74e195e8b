package org.bimtek.awards.internal.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One request through a servlet, in the test's own thread: just enough of the Servlet API (as dynamic proxies) for the
 * REST helper and the pages, so that routing, role checks, JSON and HTML are exercised without a server.
 */
final class FakeExchange {

    final int status;
    final String body;
    final Map<String, String> headers;

    private FakeExchange(int status, String body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    /**
     * @param servletPath the servlet's own prefix, e.g. {@code /api/awards} or {@code /penghargaan}
     * @param target the path and query, e.g. {@code /api/awards/1/ranking} or {@code /penghargaan?x=1}
     */
    static FakeExchange send(HttpServlet servlet, String servletPath, String method, String target, String token, String contentType,
            String requestBody, Map<String, String> requestHeaders) throws Exception {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : null;
        Map<String, String> parameters = new HashMap<>();
        parse(query, parameters);
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            parse(requestBody, parameters);
        }
        byte[] bytes = requestBody == null ? new byte[0] : requestBody.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(FakeExchange.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> path.length() > servletPath.length() ? path.substring(servletPath.length()) : null;
                    case "getRequestURI" -> path;
                    case "getQueryString" -> query;
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getContentType" -> contentType;
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getContentLength" -> bytes.length;
                    case "getInputStream" -> input(bytes);
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getCookies" -> token == null ? null : new Cookie[] {new Cookie("BIMTEK_SESSION", token)};
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "isSecure" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("request." + m.getName());
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> headers = new LinkedHashMap<>();
        int[] status = {200};
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(FakeExchange.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                        case "sendRedirect" -> {
                            status[0] = 302;
                            headers.put("Location", (String) args[0]);
                        }
                        case "getOutputStream" -> {
                            return output(out);
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        case "resetBuffer" -> out.reset();
                        case "setCharacterEncoding", "setContentLength", "setContentLengthLong", "flushBuffer" -> {
                            // Nothing to do in memory.
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> throw new UnsupportedOperationException("response." + m.getName());
                    }
                    return null;
                });
        servlet.service(request, response);
        return new FakeExchange(status[0], out.toString(StandardCharsets.UTF_8), headers);
    }

    private static void parse(String text, Map<String, String> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            into.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    private static ServletInputStream input(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ServletOutputStream output(ByteArrayOutputStream out) {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}

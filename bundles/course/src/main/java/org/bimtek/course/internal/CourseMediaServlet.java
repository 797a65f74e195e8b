package org.bimtek.course.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.course.Media;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Course media at {@code /kursus-media/<course>/<version>/<path>}. The version in the URL
 * changes with every course release, so a file can be cached for a year; videos are
 * served in byte ranges, which phones use to start playing before the whole file is in
 * and to seek. Media is public, like the images on a public page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bimtek-course-media")
@HttpWhiteboardServletPattern("/kursus-media/*")
public final class CourseMediaServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+)/([0-9.]+)/(.+)");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,12})-(\\d{0,12})");

    private final transient CourseCatalog catalog;

    @Activate
    public CourseMediaServlet(@Reference CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Media> found = path.matches() ? catalog.media(path.group(1), path.group(3)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Media media = found.get();
        response.setHeader("ETag", media.etag());
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType(media.contentType());
        if (media.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        long length = media.length();
        String range = request.getHeader("Range");
        if (range == null || (request.getHeader("If-Range") != null && !media.etag().equals(request.getHeader("If-Range")))) {
            response.setContentLengthLong(length);
            send(request, response, media, 0, length);
            return;
        }
        Matcher r = RANGE.matcher(range.strip());
        long start;
        long end;
        if (!r.matches() || (r.group(1).isEmpty() && r.group(2).isEmpty())) {
            unsatisfiable(response, length);
            return;
        }
        if (r.group(1).isEmpty()) { // the last N bytes
            long suffix = Long.parseLong(r.group(2));
            start = Math.max(0, length - suffix);
            end = length - 1;
        } else {
            start = Long.parseLong(r.group(1));
            end = r.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(r.group(2)), length - 1);
        }
        if (start >= length || start > end) {
            unsatisfiable(response, length);
            return;
        }
        response.setStatus(206);
        response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + length);
        response.setContentLengthLong(end - start + 1);
        send(request, response, media, start, end - start + 1);
    }

    /** Streams {@code count} bytes from {@code start}, a buffer at a time. */
    private static void send(HttpServletRequest request, HttpServletResponse response, Media media, long start, long count)
            throws IOException {
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (java.io.InputStream in = media.content().open()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[64 * 1024];
            long left = count;
            java.io.OutputStream out = response.getOutputStream();
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    private static void unsatisfiable(HttpServletResponse response, long length) {
        response.setStatus(416);
        response.setHeader("Content-Range", "bytes */" + length);
    }
}

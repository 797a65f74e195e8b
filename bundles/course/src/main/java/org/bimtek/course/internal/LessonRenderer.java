package org.bimtek.course.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bimtek.api.course.Course;
import org.bimtek.api.course.Lesson;
import org.bimtek.api.course.Problem;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to HTML for one course, with commonmark. Safe by construction: raw HTML in a
 * lesson is escaped (shown as text, never interpreted), URLs with dangerous schemes are
 * dropped, and every relative image or link is resolved inside the course folder and
 * rewritten to the URL that serves it. Images of video files become video players.
 */
final class LessonRenderer {

    record Result(String html, Set<String> media, List<Problem> problems) {
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final Course course;
    private final Map<String, String> lessonByFile;
    private final HtmlRenderer renderer;

    LessonRenderer(Course course) {
        this.course = course;
        this.lessonByFile = course.lessons().stream().filter(l -> l.file() != null)
                .collect(Collectors.toMap(Lesson::file, Lesson::id, (a, b) -> a));
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(MediaImageRenderer::new).build();
    }

    Result render(Lesson lesson, String markdown, Predicate<String> exists) {
        Node document = PARSER.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        Set<String> media = new HashSet<>();
        String folder = lesson.file().contains("/") ? lesson.file().substring(0, lesson.file().lastIndexOf('/') + 1) : "";
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String target = resolve(image, image.getDestination(), true);
                if (target != null) {
                    image.setDestination(target);
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                String target = resolve(link, link.getDestination(), false);
                if (target != null) {
                    link.setDestination(target);
                }
                visitChildren(link);
            }

            /** The URL to use, or null to leave the destination as written. */
            private String resolve(Node node, String destination, boolean image) {
                int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
                if (destination == null || destination.isBlank()) {
                    problems.add(new Problem(lesson.file(), line, "empty link target"));
                    return null;
                }
                if (destination.startsWith("#")) {
                    return null;
                }
                if (destination.matches("(?i)[a-z][a-z0-9+.-]*:.*") || destination.startsWith("//")) {
                    if (image) {
                        problems.add(new Problem(lesson.file(), line, "images must be files in the course, not " + destination));
                    } else if (!destination.matches("(?i)(https?|mailto|tel):.*")) {
                        problems.add(new Problem(lesson.file(), line, "link scheme not allowed (use http, https, mailto or tel): " + destination));
                    }
                    return null; // an external link, left as written
                }
                String path = normalise(folder, destination.split("[?#]", 2)[0]);
                if (path == null) {
                    problems.add(new Problem(lesson.file(), line, "path leaves the course folder or is absolute: " + destination));
                    return null;
                }
                if (!image && lessonByFile.containsKey(path)) {
                    return "/kursus/" + course.id() + "/" + lessonByFile.get(path);
                }
                if (!exists.test(path)) {
                    problems.add(new Problem(lesson.file(), line, "file not found: " + destination));
                    return null;
                }
                if (MediaTypes.of(path) == null || (image && !MediaTypes.isImage(path) && !MediaTypes.isVideo(path))) {
                    problems.add(new Problem(lesson.file(), line, "file type not allowed in a course: " + destination));
                    return null;
                }
                media.add(path);
                return mediaUrl(course, path);
            }
        });
        return new Result(renderer.render(document), media, problems);
    }

    static String mediaUrl(Course course, String path) {
        return "/kursus-media/" + course.id() + "/" + course.version() + "/" + path;
    }

    /**
     * {@code base + relative}, with {@code .} and {@code ..} resolved; null when the result
     * would leave the course folder, or the path is absolute or has backslashes.
     */
    static String normalise(String base, String relative) {
        if (relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : (base + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** Images as lazy-loaded img elements, video files as players. */
    private static final class MediaImageRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final HtmlNodeRendererContext context;

        MediaImageRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String src = context.encodeUrl(image.getDestination());
            String alt = altText(image);
            if (MediaTypes.isVideo(image.getDestination())) {
                html.tag("video", Map.of("controls", "", "preload", "metadata", "src", src, "aria-label", alt));
                html.tag("a", Map.of("href", src));
                html.text(alt.isEmpty() ? "Unduh video" : alt);
                html.tag("/a");
                html.tag("/video");
            } else {
                html.tag("img", Map.of("src", src, "alt", alt, "loading", "lazy"), true);
            }
        }

        private static String altText(Node image) {
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    alt.append(text.getLiteral());
                }
            }
            return alt.toString();
        }
    }
}

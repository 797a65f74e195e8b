package org.bimtek.api.web;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The shared page frame (head, header, menu, footer) of the web shell, so that every
 * bundle's pages look alike and the frame is written once.
 */
@ProviderType
public interface PageLayout {

    /**
     * Writes a full HTML page around {@code bodyHtml}. The title is plain text; the body
     * must already be escaped by the caller.
     */
    void render(HttpServletRequest request, HttpServletResponse response, int status, String title, String bodyHtml)
            throws IOException;

    /** The language chosen for this request: a cookie set by the switch, Indonesian by default. */
    Locale locale(HttpServletRequest request);
}

package org.bimtek.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", Html.escape("<script>alert(\"x\")</script> & '"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void onlyLocalPathsAreKeptForRedirects() {
        assertEquals("/kursus?id=1", Html.safeLocalPath("/kursus?id=1"));
        assertEquals("/", Html.safeLocalPath("https://evil.example/"));
        assertEquals("/", Html.safeLocalPath("//evil.example/"));
        assertEquals("/", Html.safeLocalPath("/\\evil.example"));
        assertEquals("/", Html.safeLocalPath("/ok\r\nSet-Cookie: x"));
        assertEquals("/", Html.safeLocalPath(null));
    }
}

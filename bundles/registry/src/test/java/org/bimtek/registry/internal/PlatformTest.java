package org.bimtek.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformTest {

    private static FieldErrors errors(Platform platform, String handle, String url) {
        FieldErrors errors = new FieldErrors();
        platform.check(errors, handle, url);
        return errors;
    }

    @Test
    void aMissingUrlIsMadeFromTheHandleAndHandlesAreLowerCaseWithoutAt() {
        FieldErrors errors = new FieldErrors();
        Platform.Address address = Platform.INSTAGRAM.check(errors, "@Diskominfo.Samarinda", null);
        assertTrue(errors.isEmpty());
        assertEquals("diskominfo.samarinda", address.handle());
        assertEquals("https://www.instagram.com/diskominfo.samarinda/", address.url());
        assertEquals("https://www.tiktok.com/@pemkot_smd", Platform.TIKTOK.check(new FieldErrors(), "pemkot_smd", null).url());
        assertEquals("https://x.com/pemkotsmd", Platform.X.check(new FieldErrors(), "PemkotSmd", null).url());
    }

    @Test
    void handlesFollowEachPlatformsRules() {
        assertTrue(errors(Platform.INSTAGRAM, "diskominfo_smd", null).isEmpty());
        assertTrue(errors(Platform.INSTAGRAM, "diskominfo..smd", null).has("handle"), "two dots in a row");
        assertTrue(errors(Platform.INSTAGRAM, ".diskominfo", null).has("handle"), "leading dot");
        assertTrue(errors(Platform.INSTAGRAM, "a".repeat(31), null).has("handle"), "too long");
        assertTrue(errors(Platform.X, "pemkot.smd", null).has("handle"), "X has no dots");
        assertTrue(errors(Platform.X, "a".repeat(16), null).has("handle"), "X allows 15");
        assertTrue(errors(Platform.FACEBOOK, "abc", null).has("handle"), "Facebook needs 5");
        assertTrue(errors(Platform.TIKTOK, "a", null).has("handle"), "TikTok needs 2");
        assertTrue(errors(Platform.YOUTUBE, "pemkot-smd", null).isEmpty());
        assertTrue(errors(Platform.INSTAGRAM, "", null).has("handle"));
        assertTrue(errors(Platform.OTHER, "pemkot", null).has("url"), "OTHER needs a URL");
        assertTrue(errors(Platform.OTHER, "pemkot", "https://threads.net/@pemkot").isEmpty());
    }

    @Test
    void urlsMustBeHttpsOnThePlatformsHostAndNameTheSameHandle() {
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "https://instagram.com/pemkot").isEmpty());
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "https://www.instagram.com/Pemkot/").isEmpty());
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "http://instagram.com/pemkot").has("url"), "not https");
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "https://evil.example/pemkot").has("url"), "other host");
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "https://instagram.com.evil.example/pemkot").has("url"));
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "https://instagram.com/lain").has("url"), "another account");
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "https://user@instagram.com/pemkot").has("url"), "user info");
        assertTrue(errors(Platform.INSTAGRAM, "pemkot", "javascript:alert(1)").has("url"));
        assertTrue(errors(Platform.X, "pemkotsmd", "https://twitter.com/pemkotsmd").isEmpty());
        assertTrue(errors(Platform.TIKTOK, "pemkot", "https://www.tiktok.com/pemkot").has("url"), "TikTok needs /@");
        assertTrue(errors(Platform.YOUTUBE, "pemkot", "https://www.youtube.com/@pemkot").isEmpty());
        assertTrue(errors(Platform.FACEBOOK, "100064", "https://www.facebook.com/profile.php?id=100064").isEmpty());
        assertFalse(errors(Platform.FACEBOOK, "pemkotsmd", "https://www.facebook.com/profile.php?id=1").isEmpty());
    }
}

package org.bimtek.practice.internal.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import org.bimtek.api.http.Json;
import org.bimtek.practice.internal.check.ArticleCheck;
import org.bimtek.practice.internal.check.ArticleLimits;
import org.bimtek.practice.internal.check.FileKind;
import org.bimtek.practice.internal.check.PhotoCheck;
import org.bimtek.practice.internal.check.PhotoLimits;
import org.bimtek.practice.internal.check.VideoCheck;
import org.bimtek.practice.internal.check.VideoLimits;
import org.bimtek.practice.internal.task.TaskLimits;

/** The advisory pre-checks of a task's kind, as the JSON the page and the API show. */
final class Prechecks {

    private Prechecks() {
    }

    static JsonNode article(String headline, String body, TaskLimits limits) {
        return Json.MAPPER.valueToTree(ArticleCheck.check(headline == null ? "" : headline, body == null ? "" : body,
                new ArticleLimits(limits.minWords(), limits.maxWords(), limits.maxHeadlineChars())));
    }

    static JsonNode file(Path file, FileKind kind, TaskLimits limits, Clock clock) {
        if (kind.isVideo()) {
            return Json.MAPPER.valueToTree(VideoCheck.check(file, kind, new VideoLimits(limits.minSeconds(), limits.maxSeconds(),
                    limits.minWidth(), limits.minHeight())));
        }
        return Json.MAPPER.valueToTree(PhotoCheck.check(file, kind, new PhotoLimits(limits.minWidth(), limits.minHeight()), clock));
    }
}

package org.bimtek.certification.internal.issue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bimtek.api.learning.LearningEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues automatically: when a trainee's learning record changes, their ladder is evaluated again on a worker of
 * its own (Event Admin's thread is not ours to hold). A burst of events for one trainee is one evaluation. Events
 * are hints, not a journal: one missed while this bundle was away is caught up when the trainee opens their page.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + LearningEvents.TOPIC_ALL)
public final class LearningListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LearningListener.class);

    private final Issuer issuer;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bimtek-certification-issuer");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public LearningListener(@Reference Issuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(LearningEvents.USER_ID) instanceof Long userId) {
            evaluateSoon(userId);
        }
    }

    /** Queues an evaluation unless one for this trainee is already waiting. */
    public void evaluateSoon(long userId) {
        if (!queued.add(userId)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.remove(userId);
                try {
                    issuer.evaluate(userId);
                } catch (RuntimeException e) {
                    LOG.warn("Evaluating the ladder for user {} failed; it is tried again at their next activity", userId, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued.remove(userId);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}

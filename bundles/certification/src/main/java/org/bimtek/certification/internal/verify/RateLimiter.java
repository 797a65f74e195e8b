package org.bimtek.certification.internal.verify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address for the public verification endpoints: a person checking a few certificates
 * never notices it, a script walking through codes is slowed to the configured rate. Kept in memory on purpose: it
 * protects this node, and losing it on a restart costs nothing.
 */
public final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final IntSupplier perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    public RateLimiter(IntSupplier perMinute) {
        this(perMinute, System::nanoTime);
    }

    RateLimiter(IntSupplier perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the client's bucket; false when it is empty. */
    public boolean allow(String client) {
        int rate = perMinute.getAsInt();
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            // A flood of addresses must not grow memory without bound; full buckets are the cheap ones to forget.
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(rate, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(rate, bucket.tokens + (now - bucket.updated) * rate / 60e9);
            bucket.updated = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}

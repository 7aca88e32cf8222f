package se.lsgraph.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a walk of the store looked up (a resource's labels, the places above a place), kept for the
 * most recently used keys only, at most {@code capacity} of them. Shared lookups (the status, the
 * kinds, a county, an operator named by many hits) are used again and again and stay; each hit's
 * own lookups are used once and drop out, so what is kept does not grow with the hits walked.
 */
final class RecentLookups<K, V> {
    private final int capacity;
    private final Map<K, V> kept;

    RecentLookups(int capacity) {
        if (capacity < 1)
            throw new IllegalArgumentException("a lookup cache must keep at least one entry, not " + capacity);
        this.capacity = capacity;
        // access order: a lookup used again moves to the end, the one unused longest goes first
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RecentLookups.this.capacity;
            }
        };
    }

    /** The kept value of this key, or {@code lookup}'s (kept from now on); lookup must not use this cache. */
    V get(K key, Function<K, V> lookup) {
        return kept.computeIfAbsent(key, lookup);
    }

    /** How many lookups are kept now (never more than the capacity). */
    int size() {
        return kept.size();
    }
}

package no.samhandling.deadline.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.persistence.Changes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The community's deadline overview, kept while nothing was committed on this node and within the same minute
 * (issue 18: every start page built it anew from some 40 queries). A change committed here makes the next request
 * compute it again; a change on another node, or a bulk update, shows within a minute.
 */
@ApplicationScoped
public class OverviewCache {

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    public List<Deadline> of(long communityId, Instant now, Supplier<List<Deadline>> compute) {
        Key key = new Key(Changes.committed(), now.truncatedTo(ChronoUnit.MINUTES));
        Kept known = kept.get(communityId);
        if (known != null && known.key().equals(key)) {
            return known.deadlines();
        }
        List<Deadline> deadlines = List.copyOf(compute.get());
        kept.put(communityId, new Kept(key, deadlines));
        return deadlines;
    }

    private record Key(long committed, Instant minute) {
    }

    private record Kept(Key key, List<Deadline> deadlines) {
    }
}

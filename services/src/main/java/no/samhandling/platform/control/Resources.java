package no.samhandling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Producers shared by the services: the clock (Europe/Oslo), injectable so that time is always passed in. A server
 * started with {@code -Dsamhandling.clock.adjustable=true} (the test server only) lets tests fix the clock at a
 * moment; on every other server {@link #fixAt} refuses.
 */
@ApplicationScoped
public class Resources {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String ADJUSTABLE = "samhandling.clock.adjustable";

    private static volatile Instant fixed;

    @Produces
    Clock clock() {
        return ServerClock.INSTANCE;
    }

    /** Test server only: every service's clock shows this moment until {@link #release()}. */
    public static void fixAt(Instant moment) {
        if (!Boolean.getBoolean(ADJUSTABLE)) {
            throw new IllegalStateException("The clock can only be fixed on a server started with -D" + ADJUSTABLE + "=true");
        }
        fixed = moment;
    }

    public static void release() {
        fixed = null;
    }

    /**
     * The Oslo system clock, or the fixed moment while a test has fixed it. Serializable (as the one instance), so that
     * a page's view-scoped bean that holds it can be passivated or moved to another node with its session.
     */
    private static final class ServerClock extends Clock implements java.io.Serializable {

        static final ServerClock INSTANCE = new ServerClock();
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return INSTANCE;
        }

        @Override
        public ZoneId getZone() {
            return OSLO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant moment = fixed;
            return moment != null ? moment : Instant.now();
        }
    }
}

package no.samhandling.archive.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every night, the sent archive messages past the retention period leave the hot outbox ({@link OutboxRetention}). A
 * persistent timer: a night missed while the server was down is made up when it is back.
 */
@Singleton
@PermitAll
public class OutboxRetentionJob {

    private static final Logger LOG = Logger.getLogger(OutboxRetentionJob.class.getName());
    static final int BATCH = 5_000;

    @EJB
    OutboxRetention retention;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "40", timezone = "Europe/Oslo", persistent = true, info = "archive outbox retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(OutboxRetention.period());
        long moved = 0;
        int batch;
        do {
            batch = retention.moveBatch(cutoff, BATCH, now);
            moved += batch;
        } while (batch == BATCH);
        long total = moved;
        LOG.info(() -> "archive outbox retention: " + total + " sent messages created before " + cutoff
                + " moved out of the hot outbox");
    }
}

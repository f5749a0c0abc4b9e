package no.samhandling.archive.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.JMSException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends committed outbox rows to the archive queues, oldest first, and marks them sent ({@link OutboxBatch}, one
 * transaction per batch of {@value #BATCH}). The send uses the plain (non-XA) connection factory and Artemis's
 * duplicate-detection id {@code _AMQ_DUPL_ID} = the row's message id: if the server dies after the send but before
 * the mark commits, the row is sent again on restart and Artemis drops the copy; consumers also keep the id.
 *
 * <p>A drain runs every second and at once after a transaction wrote a row. It goes on, batch after batch, until
 * nothing is left (a backlog of weeks drains at the broker's pace, not 100 rows a second), walking past rows whose
 * recipient has no queue or that the broker refuses: such a row fails alone, is tried again with back-off and parked
 * after its last attempt ({@link OutboxBatch}). Triggers that come while a drain runs are coalesced into one more pass,
 * and commits start at most one asynchronous run at a time, not one per commit.
 */
@Startup
@Singleton
@PermitAll // timer and after-commit relay: no caller identity
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    static final int BATCH = 500;
    /** A drain yields after this long, so a server that is stopping is not held; the next second's run goes on. */
    private static final Duration TURN = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @EJB
    OutboxBatch batch;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    /** The last batch found this server's broker taking no connection (said once in the log). */
    private final AtomicBoolean brokerAway = new AtomicBoolean();
    /** An asynchronous run is started and has not begun yet. */
    private final AtomicBoolean dispatched = new AtomicBoolean();

    @Resource
    SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "archive outbox relay")
    public void relayPending() {
        requested.set(true);
        while (requested.get() && draining.tryLock()) {
            try {
                while (requested.getAndSet(false)) {
                    drain();
                }
            } finally {
                draining.unlock();
            }
        }
    }

    /**
     * After a commit that wrote rows: one run is started on another thread unless one is already on its way, so a
     * burst of commits sets one flag and starts one run, not one asynchronous run per commit.
     */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        requested.set(true);
        if (!draining.isLocked() && dispatched.compareAndSet(false, true)) {
            context.getBusinessObject(OutboxRelay.class).relayNow();
        }
    }

    /** The run an after-commit trigger started. */
    @Asynchronous
    public void relayNow() {
        dispatched.set(false);
        relayPending();
    }

    private void drain() {
        long until = System.nanoTime() + TURN.toNanos();
        long after = 0;
        try {
            OutboxBatch.Outcome outcome;
            do {
                outcome = batch.sendAfter(after, BATCH);
                after = outcome.lastId();
            } while (outcome.read() == BATCH && System.nanoTime() < until);
            if (brokerAway.compareAndSet(true, false)) {
                LOG.info("Archive relay resumes: this server's broker takes connections again");
            }
        } catch (OutboxBatch.BrokerUnavailable e) {
            // a backup broker waiting for its primary, or one that is stopping: said once, not every second
            if (brokerAway.compareAndSet(false, true)) {
                LOG.info(() -> "Archive relay waits: " + e.getMessage()
                        + " (a cluster's backup broker waits for its primary); rows are left to a relay that can send");
            }
        } catch (JMSException | RuntimeException e) {
            // rows not marked stay pending and go with the next run; already sent ones are dropped as duplicates
            LOG.log(Level.WARNING, "Archive relay interrupted; pending rows are retried", e);
        }
    }
}

package no.samhandling.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of committed changes on this node, for what is computed from many records and read often (the start
 * page's deadline overview): a result computed at one count is current while the count stays. The count moves
 * after a transaction that wrote anything through JPA commits — entities, bulk and native statements alike, as
 * Hibernate shows this inspector every statement — never before, so nothing computed from uncommitted data can pass
 * for current. Other nodes do not move it: what is cached by it must also be bounded in time.
 * ({@code hibernate.session_factory.statement_inspector} in {@code persistence.xml}.)
 */
public class Changes implements StatementInspector {

    private static final AtomicLong COMMITTED = new AtomicLong();
    private static final Object KEY = new Object();

    /** The number of committed writing transactions on this node so far. */
    public static long committed() {
        return COMMITTED.get();
    }

    @Override
    public String inspect(String sql) {
        if (writes(sql)) {
            written();
        }
        return sql;
    }

    static boolean writes(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        return sql.regionMatches(true, i, "insert", 0, 6) || sql.regionMatches(true, i, "update", 0, 6)
                || sql.regionMatches(true, i, "delete", 0, 6) || sql.regionMatches(true, i, "merge", 0, 5);
    }

    private static void written() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            COMMITTED.incrementAndGet();
            return;
        }
        if (registry.getResource(KEY) == null) {
            registry.putResource(KEY, Boolean.TRUE);
            try {
                registry.registerInterposedSynchronization(afterCommit());
            } catch (IllegalStateException tooLate) { // flushed while the transaction completes: count it now
                COMMITTED.incrementAndGet();
            }
        }
    }

    private static Synchronization afterCommit() {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    COMMITTED.incrementAndGet();
                }
            }
        };
    }

    private static volatile TransactionSynchronizationRegistry found;

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry registry = found;
        if (registry == null) {
            try {
                registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                found = registry;
            } catch (NamingException outsideTheServer) {
                return null;
            }
        }
        return registry;
    }
}

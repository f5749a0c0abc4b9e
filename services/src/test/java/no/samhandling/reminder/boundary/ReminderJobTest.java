package no.samhandling.reminder.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run's transaction boundary is the timer's own (issue 20, point 8): the container applies a bean's
 * transaction attribute to the timeout method it calls, never to a method that one calls through {@code this}, so
 * the timeout method itself must run without a transaction — else every mail of the run would wait in one
 * transaction and one failure would roll back the record of all sent before it.
 */
class ReminderJobTest {

    @Test
    void the_timeout_method_the_container_calls_runs_without_a_transaction() {
        Method timeout = Arrays.stream(ReminderJob.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Schedule.class)).findFirst().orElseThrow();

        assertThat(timeout.getAnnotation(TransactionAttribute.class)).as(timeout.getName()).isNotNull()
                .extracting(TransactionAttribute::value).isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
    }
}

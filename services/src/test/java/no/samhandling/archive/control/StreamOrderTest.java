package no.samhandling.archive.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreamOrderTest {

    static PendingMessage row(long id, long aggregate, long recipient, long sequence) {
        return new PendingMessage(id, "m" + id, 0, 1, recipient, "case.decided", "Case", aggregate, sequence, "<x/>");
    }

    @Test
    void a_row_behind_an_earlier_unsent_one_of_its_stream_waits_and_other_streams_go() {
        List<PendingMessage> claimed = List.of(row(10, 7, 1, 2), row(11, 7, 1, 3), row(12, 7, 2, 2), row(13, 8, 1, 1));
        Map<StreamOrder.Stream, Long> elsewhere = Map.of(new StreamOrder.Stream("Case", 7, 1), 1L);

        assertThat(StreamOrder.sendable(claimed, elsewhere)).extracting(PendingMessage::id)
                .as("record 7's messages to recipient 1 wait for its sequence 1; to recipient 2 and record 8 go")
                .containsExactly(12L, 13L);
    }

    @Test
    void rows_of_one_stream_claimed_together_go_together_in_order() {
        List<PendingMessage> claimed = List.of(row(10, 7, 1, 1), row(11, 7, 1, 2), row(12, 7, 1, 3));
        Map<StreamOrder.Stream, Long> elsewhere = Map.of(new StreamOrder.Stream("Case", 7, 1), 4L);

        assertThat(StreamOrder.sendable(claimed, elsewhere)).extracting(PendingMessage::id)
                .as("a later row elsewhere holds up none before it").containsExactly(10L, 11L, 12L);
    }
}

package no.samhandling.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @Test
    void writes_are_told_from_reads_whatever_their_case_and_leading_space() {
        assertThat(Changes.writes("insert into case_file (id) values (?)")).isTrue();
        assertThat(Changes.writes("  UPDATE archive_outbox SET sent_at = ?")).isTrue();
        assertThat(Changes.writes("\ndelete from archive_receipt where id in (?)")).isTrue();
        assertThat(Changes.writes("merge into x using y")).isTrue();
        assertThat(Changes.writes("select c1_0.id from case_file c1_0")).isFalse();
        assertThat(Changes.writes("with x as (select 1) select * from x")).isFalse();
    }

    @Test
    void outside_a_server_a_write_counts_at_once() {
        long before = Changes.committed();
        new Changes().inspect("update person set full_name = ?");
        new Changes().inspect("select 1");
        assertThat(Changes.committed()).isEqualTo(before + 1);
    }
}

package no.samhandling.meeting.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void cells_are_quoted_when_needed_and_never_read_as_formulas() {
        assertThat(MeetingResource.cell("SSU-møte")).isEqualTo("SSU-møte");
        assertThat(MeetingResource.cell("A;B")).isEqualTo("\"A;B\"");
        assertThat(MeetingResource.cell("Si \"hei\"")).isEqualTo("\"Si \"\"hei\"\"\"");
        assertThat(MeetingResource.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(MeetingResource.cell(null)).isEmpty();
    }
}

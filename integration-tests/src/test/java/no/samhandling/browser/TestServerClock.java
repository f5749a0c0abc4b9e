package no.samhandling.browser;

import no.samhandling.it.Http;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test server's clock fixed from outside ({@code PUT /api/test/clock}, which only a test server maps) and let run
 * again when closed, so that a browser test does not depend on the time of day it runs at.
 */
final class TestServerClock implements AutoCloseable {

    private TestServerClock() {
    }

    static TestServerClock fixAt(Instant moment) throws Exception {
        assertThat(Http.put("api/test/clock", "sekretariat", Browser.DEMO_PASSWORD, moment.toString(), null).statusCode())
                .as("the test server's clock is fixed").isEqualTo(204);
        return new TestServerClock();
    }

    @Override
    public void close() throws Exception {
        assertThat(Http.delete("api/test/clock", "sekretariat", Browser.DEMO_PASSWORD).statusCode())
                .as("the test server's clock runs again").isEqualTo(204);
    }
}

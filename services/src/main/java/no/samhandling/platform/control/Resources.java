package no.samhandling.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** Producers shared by the services: the clock (Europe/Oslo), injectable so that time is always passed in. */
@ApplicationScoped
public class Resources {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Produces
    Clock clock() {
        return Clock.system(OSLO);
    }
}

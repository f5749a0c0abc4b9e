package no.samhandling.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /samhandling/api, secured like the pages (HTTP Basic with the same users). */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

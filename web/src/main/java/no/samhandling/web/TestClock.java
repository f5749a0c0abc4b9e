package no.samhandling.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samhandling.platform.control.Resources;
import no.samhandling.user.entity.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The test server's clock from outside, for black-box tests that must not depend on the time of day: {@code PUT
 * /api/test/clock} with an ISO instant fixes every service's clock there, {@code DELETE} lets it run again. It exists
 * only on a server started with {@code -Dsamhandling.clock.adjustable=true} (the test server's arquillian.xml); on
 * every other server the address is not even mapped. The secretariat only, as every {@code /api} call signed in.
 */
@WebListener
public class TestClock implements ServletContextListener {

    static final String PATH = "/api/test/clock";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.getBoolean("samhandling.clock.adjustable")) {
            event.getServletContext().addServlet("test-clock", new Endpoint()).addMapping(PATH);
        }
    }

    static final class Endpoint extends HttpServlet {

        @Override
        protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (refused(request, response)) {
                return;
            }
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            try {
                Resources.fixAt(Instant.parse(body));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } catch (DateTimeParseException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "an ISO-8601 instant, such as 2030-03-05T09:00:00Z");
            }
        }

        @Override
        protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
            if (!refused(request, response)) {
                Resources.release();
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
        }

        private static boolean refused(HttpServletRequest request, HttpServletResponse response) {
            if (request.isUserInRole(Role.Names.SECRETARIAT)) {
                return false;
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return true;
        }
    }
}

package no.samhandling.agreement.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samhandling.agreement.boundary.PublishedAgreement;
import no.samhandling.api.Downloads;
import no.samhandling.cases.boundary.PaperDownload;
import no.samhandling.rules.NotFound;

import java.io.IOException;

/**
 * The documents of the published agreement, without login: /public/documents/{id}. Only the text and attachments of
 * the published version in force and the guidelines in force are served; anything else is 404.
 */
@WebServlet("/public/documents/*")
public class PublicDocumentServlet extends HttpServlet {

    @Inject
    PublishedAgreement published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PaperDownload file;
        try {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            file = published.document(request.getParameter("c"), Long.parseLong(path));
        } catch (NumberFormatException | NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", Downloads.disposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

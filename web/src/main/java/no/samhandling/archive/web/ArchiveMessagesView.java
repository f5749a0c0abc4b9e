package no.samhandling.archive.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.archive.boundary.ArchiveMessageSummary;
import no.samhandling.archive.boundary.ArchiveService;
import no.samhandling.platform.control.Resources;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the archives have been sent, what waits, what has no receipt; operations send again. */
@Named
@ViewScoped
public class ArchiveMessagesView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(Resources.OSLO);

    @Inject
    ArchiveService archiveService;

    private List<ArchiveMessageSummary> messages;
    private List<ArchiveMessageSummary> filtered;

    @PostConstruct
    void load() {
        messages = archiveService.overview(1000);
    }

    @ShowsRuleViolations
    public String resend(ArchiveMessageSummary message) {
        archiveService.resend(message.id());
        Pages.flashInfo("archive.resent", message.recipientName());
        return "/app/admin/archive?faces-redirect=true";
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public List<ArchiveMessageSummary> getMessages() { return messages; }
    public List<ArchiveMessageSummary> getFiltered() { return filtered; }
    public void setFiltered(List<ArchiveMessageSummary> value) { this.filtered = value; }
}

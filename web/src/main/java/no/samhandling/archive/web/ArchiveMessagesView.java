package no.samhandling.archive.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.archive.boundary.ArchiveChange;
import no.samhandling.archive.boundary.ArchiveChangeQuery;
import no.samhandling.archive.boundary.ArchiveMessageSummary;
import no.samhandling.archive.boundary.ArchiveService;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.platform.control.Resources;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;
import no.samhandling.web.SqlPages;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the archives have been sent, one row per change (expandable to its recipients), what waits, what has no
 * receipt; the secretariat sends a change again to the archives without a receipt, or one message again.
 */
@Named
@ViewScoped
public class ArchiveMessagesView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(Resources.OSLO);

    @Inject
    ArchiveService archiveService;

    @Inject
    PartnerService partnerService;

    private ArchiveChangeQuery.State state = ArchiveChangeQuery.State.ANY;
    private Long recipientPartnerId;
    private SqlPages<ArchiveChange> changes;
    private List<PartnerSummary> parties;
    private Map<Long, Boolean> connected;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        ArchiveChangeQuery query = new ArchiveChangeQuery(state, recipientPartnerId);
        changes = new SqlPages<>((offset, limit) -> archiveService.changes(query, offset, limit),
                () -> archiveService.countChanges(query), ArchiveChange::first);
    }

    @ShowsRuleViolations
    public String resendChange(ArchiveChange change) {
        int count = archiveService.resendChange(change.first());
        Pages.flashInfo("archive.change.resent", count);
        return "/app/admin/archive?faces-redirect=true";
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

    /** Whether the recipient's archive takes messages, as the partner register says it. */
    public boolean isConnected(long partnerId) {
        if (connected == null) {
            connected = getParties().stream()
                    .collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::archiveEnabled, (a, b) -> a));
        }
        return connected.getOrDefault(partnerId, false);
    }

    public List<PartnerSummary> getParties() {
        return parties == null ? parties = partnerService.list() : parties;
    }

    public ArchiveChangeQuery.State[] getStates() { return ArchiveChangeQuery.State.values(); }
    public SqlPages<ArchiveChange> getChanges() { return changes; }
    public ArchiveChangeQuery.State getState() { return state; }
    public void setState(ArchiveChangeQuery.State value) { this.state = value == null ? ArchiveChangeQuery.State.ANY : value; }
    public Long getRecipientPartnerId() { return recipientPartnerId; }
    public void setRecipientPartnerId(Long value) { this.recipientPartnerId = value; }
}

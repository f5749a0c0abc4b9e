package no.samhandling.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.dispute.boundary.Closure;
import no.samhandling.dispute.boundary.DisputeDetails;
import no.samhandling.dispute.boundary.DisputeService;
import no.samhandling.dispute.boundary.Escalation;
import no.samhandling.dispute.boundary.Escalation.MemberInput;
import no.samhandling.dispute.entity.DisputeStatus;
import no.samhandling.partner.boundary.PartnerService;
import no.samhandling.partner.boundary.PartnerSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.time.Clock;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One dispute: its history of steps, the next step with who asks and why, and how it ended (R-DSP-1 … R-DSP-3). */
@Named
@ViewScoped
public class DisputeView implements Serializable {

    /** Committee members typed on the page: up to four, each with their party. */
    private static final int MEMBER_ROWS = 4;

    @Inject
    DisputeService disputes;

    @Inject
    PartnerService partnerService;

    private Long id;
    private DisputeDetails details;
    @Inject
    Clock clock;

    private LocalDate on;
    private Long askedByPartnerId;
    private String reason;
    private final List<MemberRow> members = new ArrayList<>();
    private DisputeStatus closeAs;
    private LocalDate closedOn;
    private String outcome;
    private List<PartnerSummary> partners;

    /** One row of the committee form. */
    public static class MemberRow implements Serializable {
        private String name;
        private Long partnerId;

        public String getName() { return name; }
        public void setName(String value) { this.name = value; }
        public Long getPartnerId() { return partnerId; }
        public void setPartnerId(Long value) { this.partnerId = value; }
    }

    /** The forms' days start as today, the server's (its clock, not the machine's). */
    @PostConstruct
    void today() {
        on = LocalDate.now(clock);
        closedOn = on;
    }

    @ShowsRuleViolations
    public void load() {
        details = disputes.details(id);
        if (members.isEmpty()) {
            for (int i = 0; i < MEMBER_ROWS; i++) {
                members.add(new MemberRow());
            }
        }
    }

    @ShowsRuleViolations
    public String escalate() {
        List<MemberInput> appointed = members.stream().filter(m -> m.getName() != null && !m.getName().isBlank())
                .map(m -> new MemberInput(m.getName(), m.getPartnerId())).toList();
        disputes.escalate(id, new Escalation(details.version(), details.nextStep(), on, askedByPartnerId, reason,
                appointed));
        Pages.flashInfo("dispute.escalated");
        return "/app/dispute?faces-redirect=true&id=" + id;
    }

    @ShowsRuleViolations
    public String close() {
        disputes.close(id, new Closure(details.version(), closeAs, closedOn, outcome));
        Pages.flashInfo("dispute.closedNow");
        return "/app/dispute?faces-redirect=true&id=" + id;
    }

    public List<PartnerSummary> getPartners() {
        if (partners == null) {
            partners = partnerService.list();
        }
        return partners;
    }

    public DisputeStatus[] getEndings() { return new DisputeStatus[]{DisputeStatus.RESOLVED, DisputeStatus.WITHDRAWN}; }
    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public DisputeDetails getDetails() { return details; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate value) { this.on = value; }
    public Long getAskedByPartnerId() { return askedByPartnerId; }
    public void setAskedByPartnerId(Long value) { this.askedByPartnerId = value; }
    public String getReason() { return reason; }
    public void setReason(String value) { this.reason = value; }
    public List<MemberRow> getMembers() { return members; }
    public DisputeStatus getCloseAs() { return closeAs; }
    public void setCloseAs(DisputeStatus value) { this.closeAs = value; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate value) { this.closedOn = value; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String value) { this.outcome = value; }
}

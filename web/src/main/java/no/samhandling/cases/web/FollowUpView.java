package no.samhandling.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.cases.entity.FollowUpStatus;
import no.samhandling.user.entity.Role;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;
import no.samhandling.web.SqlPages;

import java.io.Serializable;
import java.util.List;

/** R-CASE-6: AU's follow-up list; overdue actions stand out; the responsible party reports progress. */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

    @Inject
    FollowUpService followUpService;

    private boolean openOnly = true;
    private SqlPages<FollowUpLine> actions;
    private List<FollowUpLine> reportable;
    private long overdue;
    private Long actionId;
    private FollowUpStatus status;
    private String note;

    @PostConstruct
    void load() {
        boolean open = openOnly;
        actions = new SqlPages<>((offset, limit) -> followUpService.list(open, offset, limit),
                () -> followUpService.count(open), FollowUpLine::id);
        overdue = followUpService.countOverdue();
        reportable = null;
    }

    public void filter() {
        load();
    }

    @ShowsRuleViolations
    public String report() {
        FollowUpLine line = getReportable().stream().filter(a -> actionId != null && a.id() == actionId).findFirst()
                .orElseThrow(() -> no.samhandling.rules.RuleViolation.invalidField("actionId", "input.required"));
        followUpService.report(line.id(), line.version(), status, note);
        Pages.flashInfo("followUp.reported");
        return "/app/follow-up?faces-redirect=true";
    }

    public long getOverdueCount() {
        return overdue;
    }

    /** The open actions whose status the user may report (the own party's; every one for the secretariat). */
    public List<FollowUpLine> getReportable() {
        if (reportable == null) {
            reportable = canReport() ? followUpService.reportable() : List.of();
        }
        return reportable;
    }

    private static boolean canReport() {
        var request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return request.isUserInRole(Role.SECRETARIAT.name()) || request.isUserInRole(Role.MUNICIPAL_ADMIN.name())
                || request.isUserInRole(Role.HOSPITAL_ADMIN.name());
    }

    public FollowUpStatus[] getStatuses() { return FollowUpStatus.values(); }
    public SqlPages<FollowUpLine> getActions() { return actions; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean value) { this.openOnly = value; }
    public Long getActionId() { return actionId; }
    public void setActionId(Long value) { this.actionId = value; }
    public FollowUpStatus getStatus() { return status; }
    public void setStatus(FollowUpStatus value) { this.status = value; }
    public String getNote() { return note; }
    public void setNote(String value) { this.note = value; }
}

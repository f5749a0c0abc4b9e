package no.samhandling.body.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.BodySummary;
import no.samhandling.body.boundary.GpInvolvement;
import no.samhandling.body.boundary.NewCommittee;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Bodies on three levels, the current ones first and the older structure in history (R-BODY-8). */
@Named
@ViewScoped
public class BodiesView implements Serializable {

    @Inject
    BodyService bodyService;

    private List<BodySummary> current;
    private List<BodySummary> history;
    private List<GpInvolvement> gpInvolvement;
    private String nameNb;
    private String nameEn;
    private String mandateText;
    private LocalDate mandateDate;
    private boolean userRepresentation;

    @PostConstruct
    void load() {
        List<BodySummary> all = bodyService.list();
        current = all.stream().filter(BodySummary::current).toList();
        history = all.stream().filter(b -> !b.current()).toList();
        gpInvolvement = bodyService.gpInvolvement();
    }

    @ShowsRuleViolations
    public String createCommittee() {
        BodySummary created = bodyService.createProfessionalCommittee(
                new NewCommittee(nameNb, nameEn, mandateText, mandateDate, userRepresentation));
        Pages.flashInfo("bodies.committee.created", created.nameNb());
        return "/app/bodies?faces-redirect=true";
    }

    public List<GpInvolvement> getGpInvolvement() { return gpInvolvement; }
    public String getNameNb() { return nameNb; }
    public void setNameNb(String value) { this.nameNb = value; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String value) { this.nameEn = value; }
    public String getMandateText() { return mandateText; }
    public void setMandateText(String value) { this.mandateText = value; }
    public LocalDate getMandateDate() { return mandateDate; }
    public void setMandateDate(LocalDate value) { this.mandateDate = value; }
    public boolean isUserRepresentation() { return userRepresentation; }
    public void setUserRepresentation(boolean value) { this.userRepresentation = value; }

    public List<BodySummary> getCurrent() { return current; }
    public List<BodySummary> getHistory() { return history; }
}

package no.samhandling.body.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.PersonDetails;
import no.samhandling.body.entity.Position;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;

/** One person: the secretariat corrects name, position and work contact. */
@Named
@ViewScoped
public class PersonView implements Serializable {

    @Inject
    BodyService bodyService;

    private Long id;
    private PersonDetails person;
    private String fullName;
    private Position position;
    private String workEmail;
    private String workPhone;

    @ShowsRuleViolations
    public void load() {
        person = bodyService.getPerson(id);
        fullName = person.fullName();
        position = person.position();
        workEmail = person.workEmail();
        workPhone = person.workPhone();
    }

    @ShowsRuleViolations
    public String save() {
        person = bodyService.updatePerson(id, person.version(), fullName, position, workEmail, workPhone);
        Pages.flashInfo("person.saved", person.fullName());
        return "/app/person?faces-redirect=true&includeViewParams=true";
    }

    public Position[] getPositions() { return Position.values(); }
    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public PersonDetails getPerson() { return person; }
    public String getFullName() { return fullName; }
    public void setFullName(String value) { this.fullName = value; }
    public Position getPosition() { return position; }
    public void setPosition(Position value) { this.position = value; }
    public String getWorkEmail() { return workEmail; }
    public void setWorkEmail(String value) { this.workEmail = value; }
    public String getWorkPhone() { return workPhone; }
    public void setWorkPhone(String value) { this.workPhone = value; }
}

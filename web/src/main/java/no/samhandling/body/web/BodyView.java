package no.samhandling.body.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.boundary.BodyDetails;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.DeviationLine;
import no.samhandling.body.boundary.MemberLine;
import no.samhandling.body.boundary.NewMember;
import no.samhandling.body.entity.Party;
import no.samhandling.body.entity.Position;
import no.samhandling.body.entity.SeatType;
import no.samhandling.partner.boundary.RegionService;
import no.samhandling.partner.boundary.RegionSummary;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/** One body: its members on a day, the deviations from the agreement, and seating a new member. */
@Named
@ViewScoped
public class BodyView implements Serializable {

    @Inject
    BodyService bodyService;

    @Inject
    RegionService regionService;

    private Long id;
    private BodyDetails details;
    private List<MemberLine> people;
    private List<RegionSummary> regions;

    private String fullName;
    private Position position;
    private String workEmail;
    private Party party;
    private Long regionId;
    private SeatType seatType;
    private Long deputyPersonId;
    private LocalDate termFrom;
    private LocalDate termTo;

    @ShowsRuleViolations
    public void load() {
        details = bodyService.get(id, null);
        people = bodyService.people();
        regions = regionService.list();
        if (details.nextLeadership() != null) {
            leaderParty = details.nextLeadership().party();
            leaderFrom = details.nextLeadership().termFrom();
            leaderTo = details.nextLeadership().termTo();
        }
    }

    private LocalDate lastDay;

    /** Ends a member's term on the given last day. */
    @ShowsRuleViolations
    public String end(MemberLine member) {
        MemberLine ended = bodyService.endMembership(member.id(), member.version(), lastDay);
        Pages.flashInfo("body.member.ended", ended.personName());
        return "/app/body?faces-redirect=true&includeViewParams=true";
    }

    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate value) { this.lastDay = value; }

    private Long leaderPersonId;
    private Party leaderParty;
    private LocalDate leaderFrom;
    private LocalDate leaderTo;

    @ShowsRuleViolations
    public String appoint() {
        var line = bodyService.appointLeader(id, details.body().version(), leaderPersonId, leaderParty, leaderFrom, leaderTo);
        Pages.flashInfo("body.leadership.appointed", line.leaderName());
        return "/app/body?faces-redirect=true&includeViewParams=true";
    }

    public Long getLeaderPersonId() { return leaderPersonId; }
    public void setLeaderPersonId(Long value) { this.leaderPersonId = value; }
    public Party getLeaderParty() { return leaderParty; }
    public void setLeaderParty(Party value) { this.leaderParty = value; }
    public LocalDate getLeaderFrom() { return leaderFrom; }
    public void setLeaderFrom(LocalDate value) { this.leaderFrom = value; }
    public LocalDate getLeaderTo() { return leaderTo; }
    public void setLeaderTo(LocalDate value) { this.leaderTo = value; }

    @ShowsRuleViolations
    public String add() {
        MemberLine added = bodyService.addMember(id, new NewMember(details.body().version(), null, fullName, null,
                position, workEmail, null, party, regionId, null, seatType, deputyPersonId, termFrom, termTo));
        Pages.flashInfo("body.member.added", added.personName());
        return "/app/body?faces-redirect=true&includeViewParams=true";
    }

    /** A deviation as a sentence in the user's language; enum arguments by their translated names. */
    public String describe(DeviationLine deviation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        Object[] arguments = deviation.arguments().stream().map(a -> translated(bundle, a)).toArray();
        String pattern = bundle.containsKey(deviation.key()) ? bundle.getString(deviation.key()) : deviation.key();
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments); // the rule id is the API's, not the reader's
    }

    private static Object translated(ResourceBundle bundle, String argument) {
        for (String prefix : List.of("Party.", "Position.", "SeatType.")) {
            if (bundle.containsKey(prefix + argument)) {
                return bundle.getString(prefix + argument);
            }
        }
        return argument.matches("\\d+") ? Long.valueOf(argument) : argument;
    }

    public Position[] getPositions() { return Position.values(); }
    public Party[] getParties() { return Party.values(); }
    public SeatType[] getSeatTypes() { return SeatType.values(); }

    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public BodyDetails getDetails() { return details; }
    public List<MemberLine> getPeople() { return people; }
    public List<RegionSummary> getRegions() { return regions; }
    public String getFullName() { return fullName; }
    public void setFullName(String value) { this.fullName = value; }
    public Position getPosition() { return position; }
    public void setPosition(Position value) { this.position = value; }
    public String getWorkEmail() { return workEmail; }
    public void setWorkEmail(String value) { this.workEmail = value; }
    public Party getParty() { return party; }
    public void setParty(Party value) { this.party = value; }
    public Long getRegionId() { return regionId; }
    public void setRegionId(Long value) { this.regionId = value; }
    public SeatType getSeatType() { return seatType; }
    public void setSeatType(SeatType value) { this.seatType = value; }
    public Long getDeputyPersonId() { return deputyPersonId; }
    public void setDeputyPersonId(Long value) { this.deputyPersonId = value; }
    public LocalDate getTermFrom() { return termFrom; }
    public void setTermFrom(LocalDate value) { this.termFrom = value; }
    public LocalDate getTermTo() { return termTo; }
    public void setTermTo(LocalDate value) { this.termTo = value; }
}

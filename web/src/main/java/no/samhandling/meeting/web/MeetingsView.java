package no.samhandling.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.body.entity.Body;
import no.samhandling.meeting.boundary.CadenceGap;
import no.samhandling.meeting.boundary.MeetingSummary;
import no.samhandling.meeting.boundary.NewMeeting;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Meetings of the community's bodies with their agendas. */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    MeetingService meetingService;

    private List<MeetingSummary> meetings;
    private List<CadenceGap> gaps;
    private List<Body> bodies;
    private Long bodyId;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private boolean registeredAfterwards;
    private String digitalLink;

    /** Twenty meetings a page, newest first; the page is in the address ({@code ?page=2}), so it can be linked. */
    static final int PAGE_SIZE = 20;

    private int page = 1;
    private long total;

    /** A view action, after the page number is read from the address. */
    public void load() {
        total = meetingService.count();
        page = (int) Math.max(1, Math.min(page, getPages()));
        meetings = meetingService.list((page - 1) * PAGE_SIZE, PAGE_SIZE);
        gaps = meetingService.cadence();
    }

    public int getPage() { return page; }
    public void setPage(int value) { this.page = value; }
    public long getTotal() { return total; }

    public long getPages() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    @ShowsRuleViolations
    public String create() {
        long id = meetingService.create(new NewMeeting(bodyId, title, startsAt, endsAt, place, digitalLink,
                registeredAfterwards));
        return "/app/meeting?faces-redirect=true&id=" + id;
    }

    public List<Body> getBodies() {
        return bodies == null ? bodies = meetingService.activeBodies() : bodies;
    }
    public List<CadenceGap> getGaps() { return gaps; }
    public boolean isRegisteredAfterwards() { return registeredAfterwards; }
    public void setRegisteredAfterwards(boolean value) { this.registeredAfterwards = value; }
    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long value) { this.bodyId = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime value) { this.startsAt = value; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime value) { this.endsAt = value; }
    public String getPlace() { return place; }
    public void setPlace(String value) { this.place = value; }
    public String getDigitalLink() { return digitalLink; }
    public void setDigitalLink(String value) { this.digitalLink = value; }

    public String when(MeetingSummary meeting) {
        return WHEN.format(meeting.startsAt());
    }

    public List<MeetingSummary> getMeetings() {
        return meetings;
    }
}

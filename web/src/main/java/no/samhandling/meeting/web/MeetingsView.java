package no.samhandling.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.MeetingSummary;

import java.io.Serializable;
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

    @PostConstruct
    void load() {
        meetings = meetingService.list();
    }

    public String when(MeetingSummary meeting) {
        return WHEN.format(meeting.startsAt());
    }

    public List<MeetingSummary> getMeetings() {
        return meetings;
    }
}

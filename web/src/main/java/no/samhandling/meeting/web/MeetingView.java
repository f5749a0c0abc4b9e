package no.samhandling.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.cases.boundary.AgendaService;
import no.samhandling.cases.boundary.CaseQuery;
import no.samhandling.cases.boundary.CaseService;
import no.samhandling.cases.boundary.CaseSummary;
import no.samhandling.cases.entity.AgendaOutcome;
import no.samhandling.cases.entity.CaseStatus;
import no.samhandling.meeting.boundary.AttendanceEntry;
import no.samhandling.meeting.boundary.MeetingDetails;
import no.samhandling.meeting.boundary.MeetingService;
import no.samhandling.meeting.boundary.MeetingSummary;
import no.samhandling.meeting.entity.AttendanceStatus;
import no.samhandling.web.Pages;
import no.samhandling.web.ShowsRuleViolations;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One meeting: its agenda with the papers' status (R-CASE-3), attendance, what the meeting did with each case, and
 * the minutes. The secretariat records; everybody reads and downloads the notice, the minutes and the invitation.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    MeetingService meetingService;

    @Inject
    AgendaService agendaService;

    @Inject
    CaseService caseService;

    private Long id;
    private MeetingDetails meeting;
    private List<CaseSummary> candidates = List.of();
    private Long caseToSchedule;
    private Integer part;
    private String exceptionReason;
    private Long itemId;
    private AgendaOutcome outcome;
    private String outcomeText;
    private List<Long> objecting = new ArrayList<>();
    private Long approvedAt;
    // the attendance table: each person's status and whom a deputy sits for, by person id ("" for none)
    private Map<Long, String> statuses = new HashMap<>();
    private Map<Long, String> sittingFor = new HashMap<>();

    @ShowsRuleViolations
    public void load() {
        meeting = meetingService.details(id);
        Set<Long> scheduled = new HashSet<>();
        meeting.agenda().forEach(e -> scheduled.add(e.caseId()));
        statuses = new HashMap<>();
        sittingFor = new HashMap<>();
        for (MeetingDetails.AttendanceLine line : meeting.attendance()) {
            statuses.put(line.personId(), line.status() == null ? "" : line.status().name());
            sittingFor.put(line.personId(), line.deputyForPersonId() == null ? "" : line.deputyForPersonId().toString());
        }
        candidates = caseService.search(new CaseQuery(null, meeting.bodyId(), null, null, null, CaseStatus.OPEN, null))
                .stream().filter(c -> !scheduled.contains(c.id()) && c.nextMeeting() == null).toList();
    }

    @ShowsRuleViolations
    public String schedule() {
        agendaService.schedule(id, caseToSchedule == null ? 0 : caseToSchedule, part, exceptionReason);
        Pages.flashInfo("meeting.scheduled");
        return reload();
    }

    /** Records what the meeting did with one case: discussed, decided, continued, no consensus, referred to SSU. */
    @ShowsRuleViolations
    public String record() {
        long item = itemId == null ? 0 : itemId;
        if (outcome == null) {
            throw no.samhandling.rules.RuleViolation.invalidField("outcome", "input.required");
        }
        switch (outcome) {
            case DISCUSSED -> agendaService.recordDiscussion(item, outcomeText);
            case DECIDED -> agendaService.decide(item, outcomeText, Set.copyOf(objecting));
            case CONTINUED -> agendaService.continueCase(item, outcomeText);
            case NO_CONSENSUS -> agendaService.recordNoConsensus(item, outcomeText);
            case REFERRED -> agendaService.refer(item, ssuBodyId(), outcomeText);
        }
        Pages.flashInfo("meeting.outcomeRecorded");
        return reload();
    }

    @ShowsRuleViolations
    public String grantException() {
        agendaService.grantException(itemId == null ? 0 : itemId, exceptionReason);
        Pages.flashInfo("meeting.exceptionGranted");
        return reload();
    }

    /** Saves the whole attendance table in one go: every line with a status. */
    @ShowsRuleViolations
    public String saveAttendance() {
        List<AttendanceEntry> entries = new ArrayList<>();
        for (MeetingDetails.AttendanceLine line : meeting.attendance()) {
            String status = statuses.get(line.personId());
            if (status != null && !status.isBlank()) {
                String of = sittingFor.get(line.personId());
                entries.add(new AttendanceEntry(line.personId(), AttendanceStatus.valueOf(status),
                        of == null || of.isBlank() ? null : Long.valueOf(of)));
            }
        }
        meetingService.recordAttendance(id, entries);
        Pages.flashInfo("meeting.attendanceRecorded");
        return reload();
    }

    public Map<Long, String> getStatuses() { return statuses; }
    public Map<Long, String> getSittingFor() { return sittingFor; }

    @ShowsRuleViolations
    public String unschedule() {
        agendaService.unschedule(itemId == null ? 0 : itemId);
        Pages.flashInfo("meeting.unscheduled");
        return reload();
    }

    private List<MeetingSummary> approvalMeetings;

    /** This meeting and the body's later meetings that have begun: where the minutes can be approved. */
    public List<MeetingSummary> getApprovalMeetings() {
        return approvalMeetings == null ? approvalMeetings = meetingService.approvalMeetings(id) : approvalMeetings;
    }

    @ShowsRuleViolations
    public String approveMinutes() {
        meetingService.approveMinutes(id, approvedAt);
        Pages.flashInfo("meeting.minutesApproved");
        return reload();
    }

    private long ssuBodyId() {
        return meetingService.ssuBodyId();
    }

    private String reload() {
        return "/app/meeting?faces-redirect=true&id=" + id;
    }

    public String when() {
        return WHEN.format(meeting.startsAt()) + (meeting.endsAt() == null ? ""
                : "–" + DateTimeFormatter.ofPattern("HH:mm").format(meeting.endsAt()));
    }

    public String papersDue() {
        return DAY.format(meeting.papersDue());
    }

    public boolean isPartnershipMeeting() {
        return meeting.bodyKind() == no.samhandling.body.entity.BodyKind.PARTNERSHIP_MEETING;
    }

    public List<MeetingDetails.Entry> getOpenItems() {
        return meeting.agenda().stream().filter(e -> e.outcome() == null).toList();
    }

    public List<MeetingDetails.AttendanceLine> getPresent() {
        return meeting.attendance().stream().filter(a -> a.status() != null && a.status() != AttendanceStatus.ABSENT)
                .toList();
    }

    public AgendaOutcome[] getOutcomes() { return AgendaOutcome.values(); }
    public AttendanceStatus[] getAttendanceStatuses() { return AttendanceStatus.values(); }
    public Long getId() { return id; }
    public void setId(Long value) { this.id = value; }
    public MeetingDetails getMeeting() { return meeting; }
    public List<CaseSummary> getCandidates() { return candidates; }
    public Long getCaseToSchedule() { return caseToSchedule; }
    public void setCaseToSchedule(Long value) { this.caseToSchedule = value; }
    public Integer getPart() { return part; }
    public void setPart(Integer value) { this.part = value; }
    public String getExceptionReason() { return exceptionReason; }
    public void setExceptionReason(String value) { this.exceptionReason = value; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long value) { this.itemId = value; }
    public AgendaOutcome getOutcome() { return outcome; }
    public void setOutcome(AgendaOutcome value) { this.outcome = value; }
    public String getOutcomeText() { return outcomeText; }
    public void setOutcomeText(String value) { this.outcomeText = value; }
    public List<Long> getObjecting() { return objecting; }
    public void setObjecting(List<Long> value) { this.objecting = value; }
    public Long getApprovedAt() { return approvedAt; }
    public void setApprovedAt(Long value) { this.approvedAt = value; }
}

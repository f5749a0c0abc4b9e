package no.samhandling.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.body.entity.Person;
import no.samhandling.persistence.VersionedEntity;
import no.samhandling.rules.RuleViolation;

/** One person's attendance at one meeting. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "deputy_for_person_id")
    private Person deputyFor;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, Person person, AttendanceStatus status, Person deputyFor) {
        this.meeting = meeting;
        this.person = person;
        record(status, deputyFor);
    }

    public void record(AttendanceStatus newStatus, Person newDeputyFor) {
        if (newStatus == null) {
            throw RuleViolation.invalidField("status", "attendance.status.required");
        }
        if (newStatus == AttendanceStatus.DEPUTY && (newDeputyFor == null || newDeputyFor.equals(person))) {
            throw RuleViolation.invalidField("deputyFor", "attendance.deputyFor.required");
        }
        this.status = newStatus;
        this.deputyFor = newStatus == AttendanceStatus.DEPUTY ? newDeputyFor : null;
    }

    public boolean wasThere() {
        return status != AttendanceStatus.ABSENT;
    }

    public Meeting getMeeting() { return meeting; }
    public Person getPerson() { return person; }
    public AttendanceStatus getStatus() { return status; }
    public Person getDeputyFor() { return deputyFor; }
}

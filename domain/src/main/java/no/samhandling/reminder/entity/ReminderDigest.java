package no.samhandling.reminder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.user.entity.UserAccount;

import java.time.Instant;
import java.time.LocalDate;

/** One digest mailed to one user on one day; the database allows one per user and day. */
@Entity
@Table(name = "reminder_digest")
public class ReminderDigest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "digest_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    @Column(name = "sent_to", nullable = false, updatable = false, length = 200)
    private String sentTo;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ReminderDigest() {
    }

    public ReminderDigest(UserAccount user, LocalDate day, int itemCount, String sentTo, Instant sentAt) {
        this.user = user;
        this.day = day;
        this.itemCount = itemCount;
        this.sentTo = sentTo;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public LocalDate getDay() { return day; }
    public int getItemCount() { return itemCount; }
    public String getSentTo() { return sentTo; }
    public Instant getSentAt() { return sentAt; }
}

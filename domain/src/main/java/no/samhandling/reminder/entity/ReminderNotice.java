package no.samhandling.reminder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.persistence.SystemGenerated;

/** That a user was told of one deadline (by its key) at one stage, in a digest; each only once. */
@Entity
@Table(name = "reminder_notice")
public class ReminderNotice {

    /** Coming: due within the user's horizon. Passed: the day has gone by. */
    public enum Stage { COMING, PASSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "digest_id", nullable = false, updatable = false)
    private ReminderDigest digest;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @SystemGenerated
    @Column(name = "item_key", nullable = false, updatable = false, length = 64)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Stage stage;

    protected ReminderNotice() {
    }

    public ReminderNotice(ReminderDigest digest, String itemKey, Stage stage) {
        this.digest = digest;
        this.userId = digest.getUser().getId();
        this.itemKey = itemKey;
        this.stage = stage;
    }

    public String getItemKey() { return itemKey; }
    public Stage getStage() { return stage; }
}

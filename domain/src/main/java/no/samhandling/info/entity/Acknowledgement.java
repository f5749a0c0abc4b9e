package no.samhandling.info.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.samhandling.partner.entity.Partner;
import no.samhandling.rules.RuleViolation;

import java.time.LocalDate;

/** R-INFO-1: a party has taken note of another party's change notice; once per party. */
@Entity
@Table(name = "change_notice_ack")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private ChangeNotice notice;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(name = "acknowledged_on", nullable = false, updatable = false)
    private LocalDate acknowledgedOn;

    @Column(name = "acknowledged_by", nullable = false, updatable = false, length = 100)
    private String acknowledgedBy;

    protected Acknowledgement() {
    }

    public Acknowledgement(ChangeNotice notice, Partner partner, LocalDate acknowledgedOn, String acknowledgedBy) {
        if (notice.getPartner().equals(partner)) {
            throw new RuleViolation("R-INFO-1", "changeNotice.ownNotice");
        }
        this.notice = notice;
        this.partner = partner;
        this.acknowledgedOn = acknowledgedOn;
        this.acknowledgedBy = acknowledgedBy;
    }

    public ChangeNotice getNotice() { return notice; }
    public Partner getPartner() { return partner; }
    public LocalDate getAcknowledgedOn() { return acknowledgedOn; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
}

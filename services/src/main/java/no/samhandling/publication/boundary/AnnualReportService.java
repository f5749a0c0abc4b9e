package no.samhandling.publication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.cases.control.CaseFiles;
import no.samhandling.cases.entity.Decision;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.publication.control.AnnualReportDraft;
import no.samhandling.platform.control.Letterheads;
import no.samhandling.platform.control.Pdf;
import no.samhandling.publication.control.AnnualReportPdf;
import no.samhandling.publication.entity.AnnualReport;
import no.samhandling.rules.NotFound;
import no.samhandling.security.control.Actor;
import no.samhandling.security.control.CurrentActor;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.util.Optional;

/**
 * R-PUB-1 (§4.1): the annual report of a year. The secretariat has a draft written from the records, edits it, and
 * records the partnership meeting's decision that approved it; everyone reads it, as text and as PDF.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class AnnualReportService {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Letterheads letterheads;

    @Inject
    AnnualReportDraft drafts;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Clock clock;

    public Optional<AnnualReportView> of(int year) {
        return report(year).map(AnnualReportService::view);
    }

    /** The draft written from the records; a report not yet approved is written anew, an approved one is refused. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public AnnualReportView draft(int year) {
        Actor actor = currentActor.get();
        HealthCommunity community = em.find(HealthCommunity.class, actor.communityId());
        String text = drafts.write(community.getId(), community.getName(), year, clock.instant());
        AnnualReport report = report(year).orElse(null);
        if (report == null) {
            report = new AnnualReport(community, year, text, actor.username(), clock.instant());
            em.persist(report);
        } else {
            report.edit(text, actor.username(), clock.instant());
        }
        em.flush();
        return view(report);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public AnnualReportView edit(int year, long seenVersion, String text) {
        AnnualReport report = existing(year);
        report.requireVersion(seenVersion);
        report.edit(text, currentActor.get().username(), clock.instant());
        em.flush();
        return view(report);
    }

    /** R-PUB-1: approved by the partnership meeting — the decision must be one of that body's. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public AnnualReportView approve(int year, long seenVersion, long decisionId) {
        AnnualReport report = existing(year);
        report.requireVersion(seenVersion);
        report.approve(caseFiles.decision(currentActor.get().communityId(), decisionId));
        em.flush();
        return view(report);
    }

    public byte[] pdf(int year) {
        AnnualReport report = existing(year);
        return AnnualReportPdf.of(letterheads.current(), year, report.getText(), report.getApprovedOn() == null
                ? "Utkast – ikke godkjent av partnerskapsmøtet"
                : "Godkjent av partnerskapsmøtet " + Pdf.DAY.format(report.getApprovedOn()) + " (sak "
                        + report.getApprovedBy().getCaseFile().number() + ")");
    }

    private AnnualReport existing(int year) {
        return report(year).orElseThrow(() -> new NotFound("AnnualReport", year));
    }

    private Optional<AnnualReport> report(int year) {
        return em.createQuery("SELECT r FROM AnnualReport r WHERE r.community.id = :c AND r.year = :y", AnnualReport.class)
                .setParameter("c", currentActor.get().communityId()).setParameter("y", year).getResultStream()
                .findFirst();
    }

    private static AnnualReportView view(AnnualReport r) {
        Decision d = r.getApprovedBy();
        return new AnnualReportView(r.getId(), r.getVersion(), r.getYear(), r.getText(), r.getDraftedBy(),
                r.getApprovedOn(), d == null ? null : d.getCaseFile().getBody().getCode() + " " + d.getCaseFile().number(),
                d == null ? null : d.getCaseFile().getId());
    }
}

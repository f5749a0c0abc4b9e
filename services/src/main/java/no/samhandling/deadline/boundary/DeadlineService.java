package no.samhandling.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.agreement.boundary.NoticeLine;
import no.samhandling.agreement.boundary.PublicationStatus;
import no.samhandling.agreement.boundary.ReviewLine;
import no.samhandling.agreement.boundary.VersionDetails;
import no.samhandling.agreement.boundary.VersionLine;
import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.NoticeKind;
import no.samhandling.cases.boundary.FollowUpLine;
import no.samhandling.cases.boundary.FollowUpService;
import no.samhandling.user.entity.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every deadline the agreement sets, in one list sorted by date (Europe/Oslo calendar): publication, yearly review,
 * notice periods, revision, missing consultations, follow-up actions. Each reader sees what their role may see.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MUNICIPAL_ADMIN, Role.Names.HOSPITAL_ADMIN, Role.Names.MEMBER})
public class DeadlineService {

    private static final String AGREEMENT = "/app/agreement";
    private static final String VERSION = "/app/agreement-version";

    @Inject
    AgreementService agreements;

    @Inject
    AgreementVersionService versions;

    @Inject
    FollowUpService followUp;

    @Inject
    Clock clock;

    public List<Deadline> overview() {
        LocalDate today = LocalDate.now(clock);
        List<Deadline> deadlines = new ArrayList<>();
        for (VersionLine v : versions.versions()) {
            String subject = "Versjon " + v.label();
            if ((v.status() == AgreementStatus.SIGNING || v.status() == AgreementStatus.IN_FORCE) && v.publishedOn() == null) {
                PublicationStatus publication = agreements.publication(v.id());
                if (publication.due() != null) {
                    deadlines.add(new Deadline(publication.due(), DeadlineKind.PUBLICATION, subject,
                            publication.overdue(), VERSION, v.id()));
                }
            }
            if (v.status() == AgreementStatus.IN_FORCE && v.nextRevisionYear() != null) {
                LocalDate revision = LocalDate.of(v.nextRevisionYear(), 12, 31);
                deadlines.add(new Deadline(revision, DeadlineKind.REVISION, subject, today.isAfter(revision),
                        VERSION, v.id()));
            }
            if (v.status() == AgreementStatus.CONSULTATION || v.status() == AgreementStatus.APPROVED) {
                VersionDetails details = versions.details(v.id());
                if (details.consultationsMissing() > 0 && details.consultationException() == null) {
                    deadlines.add(new Deadline(today, DeadlineKind.CONSULTATIONS,
                            subject + ": " + details.consultationsMissing(), false, VERSION, v.id()));
                }
            }
        }
        for (ReviewLine r : agreements.reviews()) {
            if (r.heldOn() == null) {
                deadlines.add(new Deadline(r.plannedOn(), DeadlineKind.REVIEW, String.valueOf(r.year()), r.overdue(),
                        AGREEMENT, null));
            }
        }
        if (agreements.reviewMissingThisYear()) {
            deadlines.add(new Deadline(LocalDate.of(today.getYear(), 12, 31), DeadlineKind.REVIEW_NOT_PLANNED,
                    String.valueOf(today.getYear()), false, AGREEMENT, null));
        }
        for (NoticeLine n : agreements.notices()) {
            if (!n.effectiveOn().isBefore(today)) {
                deadlines.add(new Deadline(n.effectiveOn(), n.kind() == NoticeKind.TERMINATION
                        ? DeadlineKind.TERMINATION : DeadlineKind.RENEGOTIATION, n.partner(), false, AGREEMENT, null));
            }
        }
        for (FollowUpLine f : followUp.list(true)) {
            deadlines.add(new Deadline(f.dueOn(), DeadlineKind.FOLLOW_UP,
                    f.bodyCode() + " " + f.caseNumber() + ": " + f.description() + " (" + f.responsible() + ")",
                    f.overdue(), "/app/case", f.caseId()));
        }
        deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind));
        return deadlines;
    }
}

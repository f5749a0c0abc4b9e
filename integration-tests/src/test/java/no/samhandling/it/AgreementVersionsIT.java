package no.samhandling.it;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import no.samhandling.agreement.boundary.AgreementService;
import no.samhandling.agreement.boundary.AgreementVersionService;
import no.samhandling.agreement.boundary.NewApproval;
import no.samhandling.agreement.boundary.NewVersion;
import no.samhandling.agreement.boundary.SignatureLine;
import no.samhandling.agreement.boundary.VersionDetails;
import no.samhandling.agreement.boundary.VersionDetails.ConsultationLine;
import no.samhandling.agreement.entity.AgreementStatus;
import no.samhandling.agreement.entity.ApprovalForm;
import no.samhandling.agreement.entity.Council;
import no.samhandling.agreement.entity.DocumentKind;
import no.samhandling.agreement.entity.SignatoryRole;
import no.samhandling.deadline.boundary.DeadlineKind;
import no.samhandling.deadline.boundary.DeadlineService;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.Forbidden;
import no.samhandling.rules.RuleViolation;
import no.samhandling.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static no.samhandling.it.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A version of the agreement from draft to force (R-AGR-1) through its consultations (R-AGR-2), with the archive
 * notified at each step, and the published version on the public page without login.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementVersionsIT {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AgreementVersionService versions;

    @Inject
    AgreementService agreements;

    @Inject
    ArchiveQueue archiveQueue;

    @Inject
    DeadlineService deadlines;

    @Test
    @DisplayName("R-AGR-2: consultation lists every council, shows the missing ones and blocks the councils and board until an exception")
    void R_AGR_2_missing_consultations_block_the_version_until_recorded_or_excepted() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String lillestromAdmin = fixtures.user(Role.MUNICIPAL_ADMIN, "3205");
        long parties = parties();
        long version = draft(secretariat);

        VersionDetails consulting = As.user(secretariat, () -> {
            versions.uploadDocument(version, DocumentKind.TEXT, "Avtaletekst", "avtale.pdf", PDF);
            return versions.advance(version, versions.details(version).version(), AgreementStatus.CONSULTATION, null);
        });
        assertThat(consulting.consultations()).as("2 for the hospital, 3 per municipality").hasSize((int) (2 + 3 * (parties - 1)));
        assertThat(consulting.consultationsMissing()).isEqualTo(consulting.consultations().size());
        assertThat(consulting.consultations()).filteredOn(c -> c.partner().startsWith("Akershus"))
                .extracting(ConsultationLine::council).containsExactly(Council.USER_COMMITTEE, Council.YOUTH_COUNCIL);

        List<ConsultationLine> own = As.user(lillestromAdmin, () -> versions.details(version)).consultations().stream()
                .filter(ConsultationLine::mayRecord).toList();
        assertThat(own).extracting(ConsultationLine::partner).containsOnly("Lillestrøm");
        ConsultationLine elderly = own.stream().filter(c -> c.council() == Council.ELDERLY_COUNCIL).findFirst().orElseThrow();
        As.user(lillestromAdmin, () -> {
            versions.recordConsultation(elderly.id(), elderly.version(), LocalDate.now(), "Eldrerådet støtter forslaget",
                    "uttalelse.pdf", PDF);
            return null;
        });
        ConsultationLine other = consulting.consultations().stream().filter(c -> !c.partner().equals("Lillestrøm"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> As.user(lillestromAdmin, () -> {
            versions.recordConsultation(other.id(), other.version(), LocalDate.now(), "Ok", null, null);
            return null;
        })).isInstanceOf(Forbidden.class);

        String label = consulting.label();
        assertThat(As.user(lillestromAdmin, () -> deadlines.overview()))
                .as("missing consultations are on the deadlines overview")
                .anySatisfy(d -> {
                    assertThat(d.kind()).isEqualTo(DeadlineKind.CONSULTATIONS);
                    assertThat(d.subject()).isEqualTo("Versjon " + label + ": " + (consulting.consultations().size() - 1));
                    assertThat(d.id()).isEqualTo(version);
                });

        long ssu = fixtures.bodyId("SSU");
        As.user(secretariat, () -> {
            versions.addApproval(version, new NewApproval(ssu, LocalDate.now(), ApprovalForm.MEETING, "Vedtatt i SSU"));
            return versions.advance(version, versions.details(version).version(), AgreementStatus.APPROVED, null);
        });
        long archivedBefore = archived(version);

        assertThatThrownBy(() -> As.user(secretariat, () -> versions.advance(version,
                versions.details(version).version(), AgreementStatus.SIGNING, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-2"));
        VersionDetails refused = As.user(secretariat, () -> versions.details(version));
        assertThat(refused.status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(refused.consultationsMissing()).isEqualTo(refused.consultations().size() - 1);
        assertThat(refused.consultations()).filteredOn(ConsultationLine::recorded).singleElement()
                .satisfies(c -> assertThat(c.documentId()).isNotNull());
        assertThat(archived(version)).as("a refused step is not archived").isEqualTo(archivedBefore);

        VersionDetails signing = As.user(secretariat, () -> {
            versions.exemptConsultations(version, versions.details(version).version(),
                    "Rådene i kommunene møtes ikke før etter fristen");
            return versions.advance(version, versions.details(version).version(), AgreementStatus.SIGNING, null);
        });
        assertThat(signing.status()).isEqualTo(AgreementStatus.SIGNING);
        assertThat(signing.consultationException()).contains("møtes ikke");
        assertThat(archived(version)).as("three steps, one message per party each").isEqualTo(3 * parties);
    }

    @Test
    @DisplayName("R-AGR-1: a version goes draft → consultation → approved → signing → in force, supersedes 2.0, every step archived once per party; published it is public")
    void R_AGR_1_a_version_goes_to_force_step_by_step_and_once_published_is_public() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        String member = fixtures.user(Role.MEMBER, null);
        long parties = parties();
        long lillestrom = fixtures.partnerId("3205");
        long version = draft(secretariat);
        long textId;
        try {
            assertThatThrownBy(() -> As.user(secretariat, () -> versions.advance(version,
                    versions.details(version).version(), AgreementStatus.CONSULTATION, null)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("agreement.version.textMissing"));
            assertThat(fixtures.count("SELECT COUNT(c) FROM AgreementConsultation c WHERE c.agreementVersion.id = ?1", version))
                    .as("nothing half-written").isZero();
            assertThatThrownBy(() -> As.user(member, () -> versions.advance(version, 0, AgreementStatus.CONSULTATION, null)))
                    .isInstanceOf(jakarta.ejb.EJBAccessException.class);

            textId = As.user(secretariat, () -> versions.uploadDocument(version, DocumentKind.TEXT, "Avtaletekst", "avtale.pdf", PDF));
            assertThatThrownBy(() -> As.user(secretariat, () -> versions.uploadDocument(version, DocumentKind.ATTACHMENT,
                    "Vedlegg", "vedlegg.docx", PDF)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("file"));
            long ssu = fixtures.bodyId("SSU");
            As.user(secretariat, () -> {
                versions.advance(version, versions.details(version).version(), AgreementStatus.CONSULTATION, "Høring");
                versions.addApproval(version, new NewApproval(ssu, LocalDate.now(), ApprovalForm.DIGITAL_MEETING, null));
                versions.advance(version, versions.details(version).version(), AgreementStatus.APPROVED, null);
                versions.exemptConsultations(version, versions.details(version).version(), "Test: rådene uttaler seg senere");
                return versions.advance(version, versions.details(version).version(), AgreementStatus.SIGNING, null);
            });
            assertThatThrownBy(() -> As.user(secretariat, () -> versions.advance(version,
                    versions.details(version).version(), AgreementStatus.IN_FORCE, null)))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-3"));

            for (SignatureLine line : As.user(secretariat, () -> agreements.signatures(version))) {
                boolean hospital = fixtures.reload(line.partnerId()).getKind() == PartnerKind.HOSPITAL_TRUST;
                As.user(secretariat, () -> agreements.recordSignature(version, line.partnerId(), LocalDate.now(),
                        hospital ? SignatoryRole.HOSPITAL_CEO : SignatoryRole.MAYOR));
            }
            VersionDetails inForce = As.user(secretariat, () -> versions.advance(version,
                    versions.details(version).version(), AgreementStatus.IN_FORCE, "Vedtatt av alle parter"));

            assertThat(inForce.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(inForce.events()).extracting(VersionDetails.EventLine::to).containsExactly(AgreementStatus.DRAFT,
                    AgreementStatus.CONSULTATION, AgreementStatus.APPROVED, AgreementStatus.SIGNING, AgreementStatus.IN_FORCE);
            assertThat(fixtures.count("SELECT COUNT(v) FROM AgreementVersion v WHERE v.label = '2.0' "
                    + "AND v.status = no.samhandling.agreement.entity.AgreementStatus.SUPERSEDED")).isEqualTo(1);
            assertThat(archived(version)).as("four steps, one message per party each").isEqualTo(4 * parties);
            List<Message> received = archiveQueue.receive(lillestrom, "AgreementVersion", version).stream()
                    .filter(m -> ArchiveQueue.property(m, "type").equals("agreement.version-step")
                            && ArchiveQueue.body(m).contains("/step/IN_FORCE"))
                    .toList();
            assertThat(received).singleElement().satisfies(m -> {
                FiksArkivSchema.validate(m.getBody(String.class));
                assertThat(m.getBody(String.class)).contains("Erstatter versjon 2.0");
            });

            assertThat(As.user(member, () -> deadlines.overview())).as("publication due a month after the last signature")
                    .anySatisfy(d -> {
                        assertThat(d.kind()).isEqualTo(DeadlineKind.PUBLICATION);
                        assertThat(d.id()).isEqualTo(version);
                        assertThat(d.due()).isEqualTo(LocalDate.now().plusMonths(1));
                        assertThat(d.overdue()).isFalse();
                    });

            HttpResponse<String> before = Http.get("public/agreement.xhtml", null, null);
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.body()).contains("id=\"not-published\"");

            As.user(secretariat, () -> agreements.publish(version, LocalDate.now(), "https://www.ahus.no/samarbeidsavtale",
                    LocalDate.now()));
            HttpResponse<String> page = Http.get("public/agreement.xhtml", null, null);
            HttpResponse<String> text = Http.get("public/documents/" + textId, null, null);
            VersionDetails published = As.user(secretariat, () -> versions.details(version));
            long statement = published.documents().stream().mapToLong(VersionDetails.DocumentLine::id).max().orElseThrow();
            HttpResponse<String> unlisted = Http.get("public/documents/" + (statement + 1000), null, null);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(published.label()).contains("public/documents/" + textId)
                    .doesNotContain("not-published");
            assertThat(text.statusCode()).isEqualTo(200);
            assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(text.body()).startsWith("%PDF-1.7");
            assertThat(unlisted.statusCode()).isEqualTo(404);
        } finally {
            fixtures.restoreVersionTwoInForce(version);
        }
    }

    @Test
    @DisplayName("R-AGR-1: the API refuses a skipped step, dates out of order and a stale version with problem+json; guidelines are versioned per area")
    void R_AGR_1_api_refuses_skipped_steps_dates_out_of_order_and_stale_edits() throws Exception {
        String secretariat = fixtures.user(Role.SECRETARIAT, null);
        long ssu = fixtures.bodyId("SSU");
        String label = "t-" + Fixtures.unique();

        HttpResponse<String> backwards = Http.post("api/agreement/versions", secretariat, PASSWORD, "application/json",
                "{\"label\":\"" + label + "\",\"ownerBodyId\":" + ssu + ",\"validFrom\":\"2027-01-01\",\"nextRevisionYear\":2026}");
        HttpResponse<String> created = Http.post("api/agreement/versions", secretariat, PASSWORD, "application/json",
                "{\"label\":\"" + label + "\",\"ownerBodyId\":" + ssu + ",\"validFrom\":\"2027-01-01\",\"nextRevisionYear\":2029}");
        HttpResponse<String> again = Http.post("api/agreement/versions", secretariat, PASSWORD, "application/json",
                "{\"label\":\"" + label + "\",\"ownerBodyId\":" + ssu + "}");
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        HttpResponse<String> skipped = Http.post("api/agreement/versions/" + id + "/steps", secretariat, PASSWORD,
                "application/json", "{\"version\":0,\"target\":\"SIGNING\"}");
        HttpResponse<String> stale = Http.put("api/agreement/versions/" + id + "/plan", secretariat, PASSWORD,
                "{\"version\":99,\"ownerBodyId\":" + ssu + "}", null);
        HttpResponse<String> approvalOnDraft = Http.post("api/agreement/versions/" + id + "/approvals", secretariat,
                PASSWORD, "application/json", "{\"bodyId\":" + ssu + ",\"approvedOn\":\"2026-01-05\",\"form\":\"EMAIL\"}");

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(backwards.body()).contains("nextRevisionYear");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(skipped.statusCode()).isEqualTo(422);
        assertThat(skipped.body()).contains("R-AGR-1");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(approvalOnDraft.statusCode()).isEqualTo(422);
        assertThat(fixtures.count("SELECT COUNT(v) FROM AgreementVersion v WHERE v.label = ?1", label)).isEqualTo(1);

        long area = fixtures.collaborationAreaId(1);
        String title = "Retningslinje for utskrivning " + Fixtures.unique();
        long first = As.user(secretariat, () -> versions.uploadGuideline(area, title, "1.0", LocalDate.of(2024, 1, 1),
                "retningslinje.pdf", PDF));
        long second = As.user(secretariat, () -> versions.uploadGuideline(area, title, "1.1", LocalDate.now(),
                "retningslinje-1-1.pdf", PDF));
        assertThat(As.user(secretariat, () -> versions.guidelines())).filteredOn(g -> g.title().equals(title))
                .extracting(VersionDetails.DocumentLine::id).containsExactly(second, first);
    }

    private long draft(String secretariat) throws Exception {
        long ssu = fixtures.bodyId("SSU");
        return As.user(secretariat, () -> versions.createDraft(new NewVersion("t-" + Fixtures.unique(), ssu,
                LocalDate.now(), LocalDate.now().getYear() + 2)));
    }

    private long parties() {
        return fixtures.count("SELECT COUNT(p) FROM CommunityParty p WHERE p.community.code = 'ahus'");
    }

    private long archived(long version) {
        return fixtures.count("SELECT COUNT(o) FROM OutboxMessage o WHERE o.aggregateType = 'AgreementVersion' "
                + "AND o.aggregateId = ?1 AND o.messageType = 'agreement.version-step'", version);
    }
}

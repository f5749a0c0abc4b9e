package no.samhandling.agreement.entity;

import no.samhandling.partner.entity.Partner;
import no.samhandling.partner.entity.PartnerKind;
import no.samhandling.rules.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agreement's deadlines in the Norwegian calendar: a month, three months, a year — right at month ends. */
class AgreementDeadlinesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final Partner hospital = new Partner(PartnerKind.HOSPITAL_TRUST, "Akershus universitetssykehus HF", null);
    final Partner lillestrom = new Partner(PartnerKind.MUNICIPALITY, "Lillestrøm", "3205");

    @Test
    @DisplayName("R-AGR-4: the publication is due a month after the last signature, 31 january giving 29 february in a leap year")
    void R_AGR_4_the_publication_is_due_a_month_after_the_last_signature_right_at_month_ends() {
        assertThat(AgreementVersion.publicationDue(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(AgreementVersion.publicationDue(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(AgreementVersion.publicationDue(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    @DisplayName("R-AGR-4: a version is published once, only when every party has signed, not before the last signature")
    void R_AGR_4_a_version_is_published_once_only_when_every_party_has_signed() {
        AgreementVersion version = new AgreementVersion(null, "3.0", AgreementStatus.SIGNING, LocalDate.of(2026, 1, 1));
        version.sign(hospital, LocalDate.of(2026, 10, 1), SignatoryRole.HOSPITAL_CEO, TODAY, Instant.now(), "sekretariat");

        assertThatThrownBy(() -> version.publish(2, TODAY, "https://ahus.no/avtale", null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-4"));
        version.sign(lillestrom, LocalDate.of(2026, 10, 20), SignatoryRole.MAYOR, TODAY, Instant.now(), "sekretariat");
        assertThatThrownBy(() -> version.publish(2, LocalDate.of(2026, 10, 19), "https://ahus.no/avtale", null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("publishedOn"));
        assertThatThrownBy(() -> version.publish(2, TODAY, "ahus.no/avtale", null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("publishedUrl"));
        version.publish(2, LocalDate.of(2026, 11, 2), "https://ahus.no/avtale", LocalDate.of(2026, 11, 3), TODAY);
        assertThat(version.getPublishedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(version.lastSignature()).contains(LocalDate.of(2026, 10, 20));
        assertThatThrownBy(() -> version.publish(2, TODAY, "https://ahus.no/avtale", null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-4"));
    }

    @Test
    @DisplayName("R-AGR-7: renegotiation takes three months' notice; the agreement stays in force meanwhile")
    void R_AGR_7_renegotiation_takes_three_months_notice() {
        assertThat(NoticeKind.RENEGOTIATION.effectiveOn(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        AgreementNotice notice = new AgreementNotice(null, lillestrom, NoticeKind.RENEGOTIATION,
                LocalDate.of(2026, 11, 2), "Ny kommunestruktur", TODAY, Instant.now(), "lillestrom");
        assertThat(notice.getEffectiveOn()).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    @DisplayName("R-AGR-8: termination takes a year's notice from the day it arrived, never dated in the future")
    void R_AGR_8_termination_takes_a_years_notice_from_the_day_it_arrived() {
        assertThat(NoticeKind.TERMINATION.effectiveOn(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(NoticeKind.TERMINATION.effectiveOn(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2027, 11, 25));
        assertThatThrownBy(() -> new AgreementNotice(null, lillestrom, NoticeKind.TERMINATION, TODAY.plusDays(1), null,
                TODAY, Instant.now(), "lillestrom"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("receivedOn"));
    }

    @Test
    @DisplayName("R-AGR-6: the yearly review is held in its own year, overdue once its planned day has passed unheld")
    void R_AGR_6_the_yearly_review_is_held_in_its_own_year_overdue_once_its_planned_day_has_passed() {
        AgreementReview review = new AgreementReview(null, LocalDate.of(2026, 12, 10), "sekretariat");

        assertThat(review.getYear()).isEqualTo(2026);
        assertThat(review.isOverdueOn(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(review.isOverdueOn(LocalDate.of(2026, 12, 11))).isTrue();
        assertThatThrownBy(() -> review.held(LocalDate.of(2027, 1, 5), "Gjennomgått", LocalDate.of(2027, 1, 6), "s"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-AGR-6"));
        assertThatThrownBy(() -> review.held(LocalDate.of(2026, 12, 12), " ", LocalDate.of(2026, 12, 12), "s"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("summary"));
        review.held(LocalDate.of(2026, 12, 12), "Ingen endringer; revisjon planlegges 2027.", LocalDate.of(2026, 12, 12), "s");
        assertThat(review.isOverdueOn(LocalDate.of(2027, 3, 1))).isFalse();
    }
}

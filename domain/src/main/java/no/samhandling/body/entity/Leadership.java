package no.samhandling.body.entity;

import no.samhandling.rules.RuleViolation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of leadership (R-BODY-2, R-BODY-4): two-year terms, alternating between the hospital and the
 * municipalities; SSU's leader is the hospital CEO or a municipal chief executive; AU's leader always comes from the
 * other party than SSU's leader of the same time. Proposes the next term and refuses a violation.
 */
public final class Leadership {

    private Leadership() {
    }

    /** The term that follows the last one: the next day, two years, the other party. */
    public static Optional<Proposal> propose(List<LeadershipTerm> terms) {
        return last(terms).map(t -> new Proposal(other(t.getParty()), t.getTermTo().plusDays(1),
                t.getTermTo().plusYears(2)));
    }

    /**
     * Appoints a leader after checking every rule against the body's earlier terms and the other body's terms: SSU's
     * for AU, AU's for SSU (R-BODY-4 holds on every day, whichever of the two is appointed first).
     */
    public static LeadershipTerm appoint(Body body, Party party, Person leader, LocalDate from, LocalDate to,
                                         List<LeadershipTerm> terms, List<LeadershipTerm> otherBodysTerms) {
        String rule = body.getKind() == BodyKind.WORKING_COMMITTEE ? "R-BODY-4" : "R-BODY-2";
        if (body.getKind() != BodyKind.STRATEGIC_COMMITTEE && body.getKind() != BodyKind.WORKING_COMMITTEE) {
            throw new RuleViolation(rule, "leadership.notAlternating", body.getNameNb());
        }
        if (party != Party.HOSPITAL && party != Party.MUNICIPALITIES) {
            throw RuleViolation.invalidField("party", "leadership.party.required");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.invalidField("termTo", "membership.term.endsBeforeStart");
        }
        if (!to.equals(from.plusYears(2).minusDays(1))) {
            throw new RuleViolation(rule, "leadership.twoYears");
        }
        if (terms.stream().anyMatch(t -> !from.isAfter(t.getTermTo()) && !t.getTermFrom().isAfter(to))) {
            throw new RuleViolation(rule, "leadership.overlaps");
        }
        Optional<LeadershipTerm> previous = terms.stream().filter(t -> t.getTermTo().isBefore(from))
                .max(Comparator.comparing(LeadershipTerm::getTermTo));
        if (previous.isPresent() && previous.get().getParty() == party) {
            throw new RuleViolation(rule, "leadership.mustAlternate", party);
        }
        if (body.getKind() == BodyKind.STRATEGIC_COMMITTEE) {
            Position required = party == Party.HOSPITAL ? Position.HOSPITAL_CEO : Position.MUNICIPAL_CHIEF_EXECUTIVE;
            if (leader.getPosition() != required) {
                throw new RuleViolation("R-BODY-2", "leadership.position", required);
            }
        }
        // R-BODY-4: on every day of the new term the other body is led by the other party; a term that straddles a
        // change of the other body's leadership is checked against each term it overlaps, not only its first day's
        otherBodysTerms.stream()
                .filter(t -> t.getParty() == party && !t.getTermFrom().isAfter(to) && !from.isAfter(t.getTermTo()))
                .min(Comparator.comparing(LeadershipTerm::getTermFrom))
                .ifPresent(same -> {
                    throw new RuleViolation("R-BODY-4", body.getKind() == BodyKind.WORKING_COMMITTEE
                            ? "leadership.oppositeOfSsu" : "leadership.oppositeOfAu", same.getParty(),
                            same.getTermFrom(), same.getTermTo());
                });
        return new LeadershipTerm(body, party, leader, from, to);
    }

    private static Optional<LeadershipTerm> last(List<LeadershipTerm> terms) {
        return terms.stream().max(Comparator.comparing(LeadershipTerm::getTermTo));
    }

    private static Party other(Party party) {
        return party == Party.HOSPITAL ? Party.MUNICIPALITIES : Party.HOSPITAL;
    }

    /** The next term as the system proposes it. */
    public record Proposal(Party party, LocalDate termFrom, LocalDate termTo) implements java.io.Serializable {
    }
}

package no.samhandling.cases.entity;

import no.samhandling.body.entity.BodyKind;
import no.samhandling.body.entity.Party;
import no.samhandling.rules.RuleViolation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R-CASE-5: in SSU and the partnership meeting a decision needs consensus of the deciding parties. The deciding
 * members are those with a deciding seat who are at the meeting in person or through their deputy, less those
 * disqualified in the case; both parties (hospital and municipalities) must be among them, and none may object.
 */
public final class Consensus {

    /** Someone sitting at the meeting for a deciding seat: the member or the member's deputy. */
    public record DecidingSeat(long sittingPersonId, String sittingName, Party party) implements java.io.Serializable {
    }

    private Consensus() {
    }

    public static boolean required(BodyKind kind) {
        return kind == BodyKind.STRATEGIC_COMMITTEE || kind == BodyKind.PARTNERSHIP_MEETING;
    }

    /** Refuses the decision unless the deciding parties agree; returns who decided. */
    public static List<DecidingSeat> check(BodyKind kind, Collection<DecidingSeat> present,
                                           Set<Long> disqualified, Set<Long> objecting) {
        List<DecidingSeat> deciding = present.stream()
                .filter(s -> !disqualified.contains(s.sittingPersonId()))
                .filter(s -> s.party() != Party.OTHER)
                .toList();
        if (!required(kind)) {
            return deciding;
        }
        Set<Party> parties = EnumSet.noneOf(Party.class);
        deciding.forEach(s -> parties.add(s.party()));
        if (!parties.containsAll(EnumSet.of(Party.HOSPITAL, Party.MUNICIPALITIES))) {
            throw new RuleViolation("R-CASE-5", "decision.consensus.partiesMissing");
        }
        List<String> against = deciding.stream().filter(s -> objecting.contains(s.sittingPersonId()))
                .map(DecidingSeat::sittingName).toList();
        if (!against.isEmpty()) {
            throw new RuleViolation("R-CASE-5", "decision.consensus.missing", String.join(", ", against));
        }
        return deciding;
    }
}

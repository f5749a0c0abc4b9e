package no.samhandling.body.entity;

import java.util.List;

/** Where a body's actual membership departs from what the agreement prescribes: a rule id, a message key, its arguments. */
public record Deviation(String ruleId, String key, List<Object> arguments) implements java.io.Serializable {

    static Deviation of(String ruleId, String key, Object... arguments) {
        return new Deviation(ruleId, key, List.of(arguments));
    }
}

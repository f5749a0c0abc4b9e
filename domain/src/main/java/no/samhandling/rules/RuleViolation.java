package no.samhandling.rules;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A domain rule refused a change. Carries the rule id of DOMAIN.md (for example {@code R-DSP-3}, or {@code INPUT}
 * for plain validation), a message key of the resource bundles and the arguments of that message. The EJB container
 * rolls the transaction back, so nothing of the refused change is written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String ruleId;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String ruleId, String messageKey, Object... arguments) {
        this(ruleId, messageKey, null, arguments);
    }

    private RuleViolation(String ruleId, String messageKey, String field, Object... arguments) {
        super(ruleId + " " + messageKey + " " + Arrays.toString(arguments));
        this.ruleId = ruleId;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** Bad input in one field: the UI ties the message to that field, the API names it. */
    public static RuleViolation invalidField(String field, String messageKey, Object... arguments) {
        return new RuleViolation("INPUT", messageKey, field, arguments);
    }

    /** A rule refused what was typed in one field: the UI ties the message to that field, the API names both. */
    public static RuleViolation onField(String ruleId, String field, String messageKey, Object... arguments) {
        return new RuleViolation(ruleId, messageKey, field, arguments);
    }

    public String ruleId() {
        return ruleId;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The offending field, or {@code null} when the violation concerns the whole object. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public boolean isInputError() {
        return "INPUT".equals(ruleId);
    }
}

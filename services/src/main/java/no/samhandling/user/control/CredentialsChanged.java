package no.samhandling.user.control;

/**
 * A user's password was changed or reset, or the account deactivated: every session that user has open elsewhere
 * ends (the web layer observes this; the session that made a user's own change stays).
 */
public record CredentialsChanged(String username, boolean byTheUser) {
}

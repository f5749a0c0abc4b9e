package no.samhandling.reminder.control;

import no.samhandling.reminder.entity.ReminderNotice.Stage;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of a digest mail, in Norwegian bokmål (the users' language): a subject that counts, the passed deadlines
 * first, each with its day, kind, what it concerns and the link to where it is resolved, and how to change the choice.
 */
public final class DigestMail {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DigestMail() {
    }

    public static String subject(Digest digest) {
        return MessageFormat.format(texts().getString("mail.subject"), digest.items().size(), digest.passed());
    }

    public static String body(String fullName, Digest digest, String baseUrl) {
        ResourceBundle texts = texts();
        StringBuilder body = new StringBuilder();
        body.append(MessageFormat.format(texts.getString("mail.greeting"), fullName)).append("\n\n");
        body.append(texts.getString("mail.intro")).append('\n');
        Stage section = null;
        for (Digest.Item item : digest.items()) {
            if (item.stage() != section) {
                section = item.stage();
                body.append('\n').append(texts.getString("mail.stage." + section)).append('\n');
            }
            var d = item.deadline();
            body.append("- ").append(DAY.format(d.due())).append("  ")
                    .append(texts.getString("kind." + d.kind())).append(": ").append(d.subject()).append('\n');
            if (d.outcome() != null) {
                body.append("  ").append(baseUrl).append(d.outcome()).append(".xhtml")
                        .append(d.id() == null ? "" : "?id=" + d.id()).append('\n');
            }
        }
        body.append('\n').append(MessageFormat.format(texts.getString("mail.footer"), baseUrl + "/app/reminders.xhtml"))
                .append('\n');
        return body.toString();
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("no.samhandling.reminder.mail", NB);
    }
}

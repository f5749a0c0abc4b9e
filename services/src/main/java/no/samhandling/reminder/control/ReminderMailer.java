package no.samhandling.reminder.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.reminder.entity.ReminderDigest;
import no.samhandling.reminder.entity.ReminderNotice;
import no.samhandling.user.entity.UserAccount;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

/**
 * Mails one user's digest of one day, in its own transaction: the digest and its notices are written (one per user
 * and day; the database refuses a second) and flushed before the mail goes out, and the mail goes out before the
 * commit. A failed send rolls the record back, so the next run tries again; a digest already sent that day is not
 * sent again, also after a restart.
 */
@Stateless
@PermitAll
public class ReminderMailer {

    /** Where the links in the mail point: the address users open the application at. */
    static final String BASE_URL = System.getProperty("samhandling.base-url", "http://localhost:8080/samhandling");

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Samhandling")
    Session mail;

    /** The notice keys the user has been sent before. */
    public Set<String> told(long userId) {
        return new HashSet<>(em.createQuery("SELECT n FROM ReminderNotice n WHERE n.userId = :u", ReminderNotice.class)
                .setParameter("u", userId).getResultStream()
                .map(n -> Digest.noticeKey(n.getItemKey(), n.getStage())).toList());
    }

    public boolean sentOn(long userId, LocalDate day) {
        return em.createQuery("SELECT COUNT(d) FROM ReminderDigest d WHERE d.user.id = :u AND d.day = :d", Long.class)
                .setParameter("u", userId).setParameter("d", day).getSingleResult() > 0;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long userId, LocalDate day, Digest digest, Instant now) {
        UserAccount user = em.find(UserAccount.class, userId);
        ReminderDigest record = new ReminderDigest(user, day, digest.items().size(), user.getEmail(), now);
        em.persist(record);
        digest.items().forEach(i -> em.persist(new ReminderNotice(record, i.deadline().key(), i.stage())));
        em.flush();
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(user.getEmail(), user.getFullName(),
                    StandardCharsets.UTF_8.name()));
            message.setSubject(DigestMail.subject(digest), StandardCharsets.UTF_8.name());
            message.setText(DigestMail.body(user.getFullName(), digest, BASE_URL), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            // unchecked, so that the container rolls the record back
            throw new IllegalStateException("mail to " + user.getEmail() + " not sent: " + e.getMessage(), e);
        }
    }
}

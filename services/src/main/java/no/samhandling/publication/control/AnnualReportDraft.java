package no.samhandling.publication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.agreement.entity.AgreementVersionEvent;
import no.samhandling.platform.control.Resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * R-PUB-1: the draft of a year's annual report, written from the records — meetings held per body, decisions,
 * follow-up, disputes, the agreement's steps, membership changes, newsletters, change notices and the shared funds.
 * Plain text with "## " headings; the secretariat edits it before the partnership meeting approves it.
 */
@ApplicationScoped
public class AnnualReportDraft {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    public String write(long community, String communityName, int year, java.time.Instant now) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        StringBuilder text = new StringBuilder();
        text.append("# Årsrapport ").append(year).append(" – ").append(communityName).append("\n\n");

        text.append("## Møter\n");
        List<Object[]> meetings = em.createQuery("""
                        SELECT m.body.code, m.body.nameNb, COUNT(m) FROM Meeting m WHERE m.community.id = :c
                        AND m.startsAt >= :from AND m.startsAt < :to AND m.startsAt <= :now
                        GROUP BY m.body.code, m.body.nameNb, m.body.level ORDER BY m.body.level, m.body.code""", Object[].class)
                .setParameter("c", community)
                .setParameter("from", from.atStartOfDay(Resources.OSLO).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(Resources.OSLO).toInstant())
                .setParameter("now", now).getResultList();
        if (meetings.isEmpty()) {
            text.append("Ingen møter ble holdt.\n");
        }
        meetings.forEach(r -> text.append("- ").append(named(r[1].toString(), r[0].toString())).append(": ").append(r[2])
                .append(" møter\n"));

        text.append("\n## Vedtak\n");
        List<Object[]> decisions = em.createQuery("""
                        SELECT d.caseFile.body.code, COUNT(d) FROM Decision d WHERE d.caseFile.community.id = :c
                        AND d.decidedOn >= :from AND d.decidedOn <= :to GROUP BY d.caseFile.body.code
                        ORDER BY d.caseFile.body.code""", Object[].class)
                .setParameter("c", community).setParameter("from", from).setParameter("to", to).getResultList();
        long decisionCount = decisions.stream().mapToLong(r -> (Long) r[1]).sum();
        text.append(decisionCount).append(" vedtak");
        if (!decisions.isEmpty()) {
            text.append(" (").append(String.join(", ", decisions.stream().map(r -> r[0] + ": " + r[1]).toList()))
                    .append(")");
        }
        text.append(".\n");

        text.append("\n## Oppfølging av vedtak\n");
        List<Object[]> followUp = em.createQuery("""
                        SELECT a.status, COUNT(a) FROM FollowUpAction a WHERE a.community.id = :c
                        AND a.dueOn >= :from AND a.dueOn <= :to GROUP BY a.status ORDER BY a.status""", Object[].class)
                .setParameter("c", community).setParameter("from", from).setParameter("to", to).getResultList();
        if (followUp.isEmpty()) {
            text.append("Ingen tiltak hadde frist i året.\n");
        }
        followUp.forEach(r -> text.append("- ").append(followUpStatus(r[0].toString())).append(": ").append(r[1])
                .append("\n"));

        text.append("\n## Tvister\n");
        long opened = count("""
                SELECT COUNT(d) FROM Dispute d WHERE d.community.id = :c AND d.openedOn >= :from AND d.openedOn <= :to""",
                community, from, to);
        long resolved = count("""
                SELECT COUNT(d) FROM Dispute d WHERE d.community.id = :c AND d.closedOn >= :from AND d.closedOn <= :to
                AND d.status = no.samhandling.dispute.entity.DisputeStatus.RESOLVED""", community, from, to);
        long withdrawn = count("""
                SELECT COUNT(d) FROM Dispute d WHERE d.community.id = :c AND d.closedOn >= :from AND d.closedOn <= :to
                AND d.status = no.samhandling.dispute.entity.DisputeStatus.WITHDRAWN""", community, from, to);
        text.append(opened).append(" åpnet, ").append(resolved).append(" løst, ").append(withdrawn)
                .append(" trukket.\n");

        text.append("\n## Samarbeidsavtalen\n");
        List<AgreementVersionEvent> events = em.createQuery("""
                        SELECT e FROM AgreementVersionEvent e JOIN FETCH e.agreementVersion v
                        WHERE v.agreement.community.id = :c AND e.changedOn >= :from AND e.changedOn <= :to
                        ORDER BY e.changedOn, e.id""", AgreementVersionEvent.class)
                .setParameter("c", community).setParameter("from", from).setParameter("to", to).getResultList();
        if (events.isEmpty()) {
            text.append("Ingen endringer i avtalens versjoner.\n");
        }
        events.forEach(e -> text.append("- ").append(e.getChangedOn()).append(": versjon ")
                .append(e.getAgreementVersion().getLabel()).append(" – ").append(e.getToStatus()).append("\n"));

        text.append("\n## Medlemskap\n");
        long started = count("""
                SELECT COUNT(m) FROM Membership m WHERE m.body.community.id = :c AND m.termFrom >= :from
                AND m.termFrom <= :to""", community, from, to);
        long ended = count("""
                SELECT COUNT(m) FROM Membership m WHERE m.body.community.id = :c AND m.termTo >= :from
                AND m.termTo <= :to""", community, from, to);
        text.append(started).append(" nye verv, ").append(ended).append(" verv avsluttet.\n");

        text.append("\n## Informasjon\n");
        long newsletters = count("""
                SELECT COUNT(n) FROM Newsletter n WHERE n.community.id = :c AND n.publishedOn >= :from
                AND n.publishedOn <= :to""", community, from, to);
        long notices = count("""
                SELECT COUNT(n) FROM ChangeNotice n WHERE n.community.id = :c AND n.announcedOn >= :from
                AND n.announcedOn <= :to""", community, from, to);
        text.append(newsletters).append(" nyhetsbrev utgitt, ").append(notices).append(" endringsvarsler fra partene.\n");

        text.append("\n## Felles administrative midler\n");
        BigDecimal spent = em.createQuery("""
                        SELECT COALESCE(SUM(s.amount), 0) FROM FundSpending s WHERE s.community.id = :c
                        AND s.spentOn >= :from AND s.spentOn <= :to""", BigDecimal.class)
                .setParameter("c", community).setParameter("from", from).setParameter("to", to).getSingleResult();
        BigDecimal budget = em.createQuery("""
                        SELECT b.amount FROM FundBudget b WHERE b.community.id = :c AND b.year = :y""", BigDecimal.class)
                .setParameter("c", community).setParameter("y", year).getResultStream().findFirst().orElse(null);
        text.append("Brukt ").append(spent.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).append(" kr")
                .append(budget == null ? " (intet budsjett satt)" : " av et budsjett på "
                        + budget.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " kr").append(".\n");
        return text.toString();
    }

    /** A body by its name, with its code where the name does not already say it. */
    private static String named(String name, String code) {
        return name.contains("(" + code + ")") ? name : name + " (" + code + ")";
    }

    private long count(String jpql, long community, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("c", community).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    private static String followUpStatus(String status) {
        return switch (status) {
            case "OPEN" -> "Åpne";
            case "IN_PROGRESS" -> "Under arbeid";
            case "DONE" -> "Fullført";
            case "CANCELLED" -> "Avlyst";
            default -> status;
        };
    }
}

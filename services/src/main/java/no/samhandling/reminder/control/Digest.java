package no.samhandling.reminder.control;

import no.samhandling.deadline.boundary.Deadline;
import no.samhandling.deadline.boundary.ReminderTopic;
import no.samhandling.reminder.entity.ReminderNotice.Stage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One reader's digest for one day: the deadlines of the topics they chose that are new to them — coming within their
 * horizon and not yet told as coming, or passed and not yet told as passed. Each deadline is thus mailed at most
 * twice: once before its day, once after it; a day without news sends nothing.
 */
public record Digest(List<Item> items) {

    public record Item(Deadline deadline, Stage stage) {

        /** The key under which the reader was told of this deadline at this stage. */
        public String noticeKey() {
            return Digest.noticeKey(deadline.key(), stage);
        }
    }

    public static String noticeKey(String itemKey, Stage stage) {
        return itemKey + ":" + stage;
    }

    /**
     * @param concerning the deadlines that concern the reader (already filtered by their access)
     * @param told       the notice keys ({@link #noticeKey}) the reader has been sent before
     */
    public static Digest compose(Collection<Deadline> concerning, Set<ReminderTopic> topics, int daysAhead,
                                 LocalDate today, Set<String> told) {
        LocalDate until = today.plusDays(daysAhead);
        List<Item> items = concerning.stream()
                .filter(d -> topics.contains(d.kind().topic()))
                .map(d -> new Item(d, d.overdue() ? Stage.PASSED : Stage.COMING))
                .filter(i -> i.stage() == Stage.PASSED || !i.deadline().due().isAfter(until))
                .filter(i -> !told.contains(i.noticeKey()))
                .sorted(Comparator.comparing((Item i) -> i.stage() == Stage.COMING)
                        .thenComparing(i -> i.deadline().due()))
                .toList();
        return new Digest(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public long passed() {
        return items.stream().filter(i -> i.stage() == Stage.PASSED).count();
    }
}

package no.samhandling.history.control;

import jakarta.persistence.Embeddable;
import no.samhandling.history.boundary.HistoryEntry.Change;
import no.samhandling.persistence.VersionedEntity;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotsTest {

    @Embeddable
    record Contact(String email, String phone) {
    }

    static class Owner extends VersionedEntity {
        private final String name;

        Owner(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    static class Record extends VersionedEntity {
        private String title;
        private LocalDate dueOn;
        private Contact contact;
        private Owner owner;
        @NotAudited
        private String secret;
        private List<String> tags;

        Record(String title, LocalDate dueOn, Contact contact, Owner owner, String secret) {
            this.title = title;
            this.dueOn = dueOn;
            this.contact = contact;
            this.owner = owner;
            this.secret = secret;
            this.tags = List.of(secret);
        }
    }

    private static final Owner KARI = new Owner("Kari");
    private static final Owner OLA = new Owner("Ola");

    @Test
    void the_changed_fields_with_before_and_after_embedded_values_field_by_field() {
        Record before = new Record("Tittel", LocalDate.of(2031, 3, 10), new Contact("a@x.no", "1"), KARI, "s1");
        Record after = new Record("Ny tittel", LocalDate.of(2031, 3, 10), new Contact("b@x.no", "1"), OLA, "s2");

        assertThat(Snapshots.changes(before, after, r -> Snapshots.describe(r))).containsExactly(
                new Change("title", "Tittel", "Ny tittel"),
                new Change("contact.email", "a@x.no", "b@x.no"),
                new Change("owner", "Kari", "Ola"));
    }

    @Test
    void a_new_record_shows_every_field_with_a_value() {
        Record added = new Record("Tittel", LocalDate.of(2031, 3, 10), null, null, "s");

        assertThat(Snapshots.changes(null, added, r -> Snapshots.describe(r))).containsExactly(
                new Change("title", null, "Tittel"), new Change("dueOn", null, "10.03.2031"));
    }
}

package no.samhandling.history.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.history.boundary.HistoryEntry;
import no.samhandling.history.boundary.HistoryService;
import no.samhandling.history.boundary.RecordType;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The history panel of a record's page: its changes, newest first, with the fields named in the user's language. */
@Named
@RequestScoped
public class HistoryView {

    @Inject
    HistoryService history;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Oslo"));

    private final Map<String, List<HistoryEntry>> read = new HashMap<>();

    public List<HistoryEntry> of(String type, Long id) {
        if (id == null) {
            return List.of();
        }
        return read.computeIfAbsent(type + ":" + id, k -> history.of(RecordType.valueOf(type), id));
    }

    /** When, in the Oslo calendar and clock (f:convertDateTime formats no Instant with a pattern). */
    public String when(Instant at) {
        return WHEN.format(at);
    }

    /** The field's name as the page calls it, or as the record does where the bundle has no name for it. */
    public String field(String name) {
        ResourceBundle texts = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        String key = "history.field." + name;
        return texts.containsKey(key) ? texts.getString(key) : name;
    }
}

package no.samhandling.history.control;

import jakarta.persistence.Embeddable;
import no.samhandling.community.entity.HealthCommunity;
import no.samhandling.history.boundary.HistoryEntry;
import no.samhandling.persistence.VersionedEntity;
import org.hibernate.envers.NotAudited;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a record as it was (an audited snapshot) into field → text, and tells what changed between two snapshots.
 * Embedded values are read field by field ("contact.email"); a reference shows the record it names (its name, code or
 * username); collections and unaudited fields are left out, and so is the community every record belongs to.
 */
public final class Snapshots {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Oslo"));

    private Snapshots() {
    }

    /**
     * @param name how a referenced record is named: the history keeps only its id, so the record as it is now
     */
    public static List<HistoryEntry.Change> changes(Object before, Object after, Function<VersionedEntity, String> name) {
        Map<String, String> old = before == null ? Map.of() : read(before, name);
        Map<String, String> now = after == null ? Map.of() : read(after, name);
        List<HistoryEntry.Change> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            String was = old.get(field);
            if (!Objects.equals(was, value) && !(was == null && value == null)) {
                changes.add(new HistoryEntry.Change(field, was, value));
            }
        });
        return changes;
    }

    public static Map<String, String> read(Object entity, Function<VersionedEntity, String> name) {
        Map<String, String> values = new LinkedHashMap<>();
        read(entity, "", values, name);
        return values;
    }

    private static void read(Object object, String prefix, Map<String, String> values,
                             Function<VersionedEntity, String> name) {
        for (Class<?> type = object.getClass(); type != null && type != Object.class && type != VersionedEntity.class;
             type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(NotAudited.class) || field.isSynthetic()
                        || Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType())
                        || field.getType() == HealthCommunity.class) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(object);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (value != null && field.getType().isAnnotationPresent(Embeddable.class)) {
                    read(value, prefix + field.getName() + ".", values, name);
                } else if (value instanceof VersionedEntity reference) {
                    values.put(prefix + field.getName(), name.apply(reference));
                } else {
                    values.put(prefix + field.getName(), text(value));
                }
            }
        }
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Instant moment) {
            return MOMENT.format(moment);
        }
        return value.toString();
    }

    /** A record by what people know it by: name, full name, code, username, label or number. */
    public static String describe(Object entity) {
        for (String getter : List.of("getName", "getFullName", "getCode", "getUsername", "getLabel", "number")) {
            try {
                Object name = entity.getClass().getMethod(getter).invoke(entity);
                if (name != null) {
                    return name.toString();
                }
            } catch (ReflectiveOperationException e) {
                // next way of naming it
            }
        }
        return entity instanceof VersionedEntity v ? "#" + v.getId() : entity.toString();
    }
}

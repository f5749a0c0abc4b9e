package no.samhandling.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Lob;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import no.samhandling.rules.NationalIdentityNumber;
import no.samhandling.rules.RuleViolation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The safety net under {@link no.samhandling.rules.Texts}, registered for every entity (META-INF/orm.xml), the
 * outbox's payloads and the archives' receipts included: before any record is written, none of its text fields (nor
 * those of its embedded values)
 * <ul>
 *   <li>is longer than its column: refused as input with the column's length, before the database would answer
 *   with an error;</li>
 *   <li>holds a national identity number or D-number (R-DSP-4), whichever way it came in: typed, sent by an archive,
 *   or composed into a message.</li>
 * </ul>
 * What only the system writes ({@link SystemGenerated}: identifiers, hashes) is checked for length only.
 */
public class PatientDataGuard {

    /** JPA's default length of a text column that does not say. */
    private static final int DEFAULT_LENGTH = 255;

    record TextField(Field field, int maxLength, boolean personal) implements java.io.Serializable {
    }

    private static final ClassValue<List<TextField>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected List<TextField> computeValue(Class<?> type) {
            List<TextField> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    boolean text = f.getType() == String.class;
                    if (!Modifier.isStatic(f.getModifiers()) && (text || f.isAnnotationPresent(Embedded.class))) {
                        f.setAccessible(true);
                        fields.add(new TextField(f, text ? maxLength(f) : 0, !f.isAnnotationPresent(SystemGenerated.class)));
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    @PrePersist
    @PreUpdate
    void check(Object entity) {
        refuse(entity);
    }

    static void refuse(Object value) {
        for (TextField text : TEXT_FIELDS.get(value.getClass())) {
            Object content = read(text.field(), value);
            if (content instanceof String string) {
                if (text.maxLength() > 0 && string.length() > text.maxLength()) {
                    throw RuleViolation.invalidField(text.field().getName(), "input.tooLong", text.maxLength());
                }
                if (text.personal() && NationalIdentityNumber.occursIn(string)) {
                    throw RuleViolation.onField("R-DSP-4", text.field().getName(), "input.identityNumber");
                }
            } else if (content != null) {
                refuse(content);
            }
        }
    }

    /** The column's length, or 0 (unchecked) for a large object or a column of its own definition. */
    public static int maxLength(Field field) {
        Column column = field.getAnnotation(Column.class);
        if (field.isAnnotationPresent(Lob.class) || column != null && !column.columnDefinition().isEmpty()) {
            return 0;
        }
        return column == null ? DEFAULT_LENGTH : column.length();
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

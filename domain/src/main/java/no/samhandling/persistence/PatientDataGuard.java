package no.samhandling.persistence;

import jakarta.persistence.Embedded;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import no.samhandling.rules.NationalIdentityNumber;
import no.samhandling.rules.RuleViolation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R-DSP-4, the safety net under {@link no.samhandling.rules.Texts}: before any record is written, none of its text
 * fields (nor those of its embedded values) may hold a national identity number or D-number. Names, addresses,
 * mandates and every other text are covered, whichever way they came in. Hashes are not text.
 */
public class PatientDataGuard {

    private static final Set<String> NOT_TEXT = Set.of("passwordHash", "sha256");

    private static final ClassValue<List<Field>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    boolean text = f.getType() == String.class && !NOT_TEXT.contains(f.getName());
                    if (!Modifier.isStatic(f.getModifiers()) && (text || f.isAnnotationPresent(Embedded.class))) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    @PrePersist
    @PreUpdate
    void check(Object entity) {
        refuseIdentityNumbers(entity);
    }

    static void refuseIdentityNumbers(Object value) {
        for (Field field : TEXT_FIELDS.get(value.getClass())) {
            Object content = read(field, value);
            if (content instanceof String text) {
                if (NationalIdentityNumber.occursIn(text)) {
                    throw RuleViolation.onField("R-DSP-4", field.getName(), "input.identityNumber");
                }
            } else if (content != null) {
                refuseIdentityNumbers(content);
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

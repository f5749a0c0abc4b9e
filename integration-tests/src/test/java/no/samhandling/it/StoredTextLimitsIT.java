package no.samhandling.it;

import jakarta.annotation.Resource;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import no.samhandling.persistence.PatientDataGuard;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard under every record refuses a text longer than its column before the database does: that holds only if
 * each entity's declared length is the length of its column in the migrated schema, on H2 and PostgreSQL alike.
 */
@ExtendWith(ArquillianExtension.class)
class StoredTextLimitsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWithTests();
    }

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/SamhandlingDS")
    DataSource dataSource;

    @Test
    @DisplayName("Every text field's guarded length is its column's length in the database (or the column is unbounded)")
    void every_guarded_length_is_the_columns_length() throws Exception {
        Map<String, Integer> columns = columnSizes();
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            Table table = type.getAnnotation(Table.class);
            String tableName = table == null || table.name().isEmpty() ? entity.getName() : table.name();
            collect(type, tableName, columns, checked, wrong);
        }
        assertThat(checked).as("text columns compared").hasSizeGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    private static void collect(Class<?> type, String table, Map<String, Integer> columns, List<String> checked,
                                List<String> wrong) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.isAnnotationPresent(Embedded.class)) {
                    collect(f.getType(), table, columns, checked, wrong);
                } else if (f.getType() == String.class && !f.getName().equals("passwordHash") && !f.getName().equals("sha256")) {
                    Column column = f.getAnnotation(Column.class);
                    String name = column == null || column.name().isEmpty() ? f.getName() : column.name();
                    String key = (table + "." + name).toLowerCase(Locale.ROOT);
                    Integer size = columns.get(key);
                    int guarded = PatientDataGuard.maxLength(f);
                    checked.add(key);
                    if (size == null) {
                        wrong.add(key + ": no such text column");
                    } else if (size > 0 && size < 1_000_000_000 && guarded != size) {
                        wrong.add(key + ": guarded " + guarded + ", column " + size);
                    }
                }
            }
        }
    }

    private Map<String, Integer> columnSizes() throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("""
                     SELECT table_name, column_name, character_maximum_length FROM information_schema.columns
                     WHERE data_type LIKE '%CHAR%' OR data_type LIKE '%char%' OR data_type IN ('text', 'CLOB', 'CHARACTER LARGE OBJECT')""")) {
            while (r.next()) {
                sizes.put((r.getString(1) + "." + r.getString(2)).toLowerCase(Locale.ROOT), r.getInt(3));
            }
        }
        return sizes;
    }
}

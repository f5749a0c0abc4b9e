package no.samhandling.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema to the current version before anything else runs: Flyway owns the schema (reference data
 * included), Hibernate then only checks that the entity mapping matches it. Demo data is added only when the
 * server runs with {@code -Dsamhandling.demo=true} (the README's run command), never in production.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DEMO_PROPERTY = "samhandling.demo";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SamhandlingDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "samhandling")
    EntityManagerFactory entityManagerFactory;

    /** "postgresql" or "h2": the folder of the migrations only that database can run. */
    private String vendor() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the database does not say what it is", e);
        }
    }

    @PostConstruct
    void migrate() {
        // what every database runs, then what only this database can (PostgreSQL's full-text index, for one)
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration", "classpath:db/vendor/" + vendor()));
        if (Boolean.getBoolean(DEMO_PROPERTY)) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, locations " + locations + ")");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}

package no.samhandling.persistence;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

import java.util.Locale;

/**
 * Hibernate validates every mapped table against the schema Flyway made, except the history's audit tables: one
 * migration serves H2 and PostgreSQL, and Envers's revision type is a TINYINT on one and a SMALLINT on the other.
 * The audit tables are tested by writing and reading history instead.
 */
public class AuditTablesUnvalidated implements SchemaFilterProvider {

    private static final SchemaFilter FILTER = new SchemaFilter() {
        @Override
        public boolean includeNamespace(Namespace namespace) {
            return true;
        }

        @Override
        public boolean includeTable(Table table) {
            return !table.getName().toLowerCase(Locale.ROOT).endsWith("_aud");
        }

        @Override
        public boolean includeSequence(Sequence sequence) {
            return true;
        }
    };

    @Override
    public SchemaFilter getCreateFilter() { return SchemaFilter.ALL; }

    @Override
    public SchemaFilter getDropFilter() { return SchemaFilter.ALL; }

    @Override
    public SchemaFilter getTruncatorFilter() { return SchemaFilter.ALL; }

    @Override
    public SchemaFilter getValidateFilter() { return FILTER; }

    @Override
    public SchemaFilter getMigrateFilter() { return SchemaFilter.ALL; }
}

package no.samhandling.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A list a page at a time: the table asks for the rows it shows and the total for its paginator, both cut and counted
 * in the database by the service (with the page's filters and its order), so that ten years of records cost what one
 * page costs. Rows are not selected; each links to its record.
 */
public class SqlPages<T> extends LazyDataModel<T> {

    /** The rows from offset, at most limit of them. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> from(int offset, int limit);
    }

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Total extends Serializable {
        long count();
    }

    /** A row's key. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Rows<T> rows;
    private final Total total;
    private final Key<T> key;

    public SqlPages(Rows<T> rows, Total total, Key<T> key) {
        this.rows = rows;
        this.total = total;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows.from(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}

package org.mingyuan.rules.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.roaringbitmap.RoaringBitmap;

/**
 * The columnar copy of the registry: enterprises by dense row id, one column per fact.
 *
 * <p>An external enterprise key maps to a dense row id that never changes. Writers take the
 * write lock of {@link #lock()}; listeners re-match the changed row inside it, so readers that
 * hold the read lock never see a half-applied change.
 */
public final class FactTable {

    private final FactSchema schema;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Integer> columnIndexes = new HashMap<>();
    private final Column[] columnOrder;
    private final Map<String, Integer> rowsByKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final RoaringBitmap live = new RoaringBitmap();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<RowListener> listeners = new CopyOnWriteArrayList<>();

    /** Creates an empty table for the schema. */
    public FactTable(FactSchema schema) {
        this.schema = schema;
        for (Fact fact : schema.facts()) {
            columns.put(
                    fact.name(),
                    switch (fact.type()) {
                        case INTEGER, DATE -> new LongColumn(fact);
                        case DECIMAL -> new DoubleColumn(fact);
                        case TEXT, ENUMERATION, BOOLEAN -> new CodeColumn(fact);
                        case TEXT_SET -> new SetColumn(fact);
                    });
            columnIndexes.put(fact.name(), columnIndexes.size());
        }
        columnOrder = columns.values().toArray(Column[]::new);
    }

    private int columnIndex(String fact) {
        Integer index = columnIndexes.get(fact);
        if (index == null) {
            throw unknown(fact);
        }
        return index;
    }

    private IllegalArgumentException unknown(String fact) {
        return new IllegalArgumentException("no fact named '" + fact + "'; known facts: " + columns.keySet());
    }

    /** Returns the schema. */
    public FactSchema schema() {
        return schema;
    }

    /**
     * Replaces all facts of an enterprise, adding it when new; facts absent from the map (or null)
     * become missing. Returns its row id.
     *
     * @throws IllegalArgumentException when a value does not fit its fact or a fact is unknown
     */
    public int upsert(String key, Map<String, ?> facts) {
        Object[] values = normalize(facts);
        lock.writeLock().lock();
        try {
            return write(key, values);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Replaces all facts of several enterprises, in the map's order, as {@link #upsert} does for one. Every value is
     * checked first, in parallel, so a batch with one bad value changes nothing.
     *
     * @throws IllegalArgumentException when a value does not fit its fact or a fact is unknown, naming the first such
     *     enterprise in the map's order
     */
    public void upsertAll(Map<String, ? extends Map<String, ?>> enterprises) {
        List<String> keys = new ArrayList<>(enterprises.keySet());
        List<Map<String, ?>> facts = new ArrayList<>(enterprises.values());
        Object[][] values = new Object[keys.size()][];
        IllegalArgumentException[] refused = new IllegalArgumentException[keys.size()];
        IntStream.range(0, keys.size()).parallel().forEach(i -> {
            try {
                values[i] = normalize(facts.get(i));
            } catch (IllegalArgumentException e) {
                refused[i] = e;
            }
        });
        for (int i = 0; i < refused.length; i++) {
            if (refused[i] != null) {
                throw new IllegalArgumentException(
                        "enterprise " + keys.get(i) + ": " + refused[i].getMessage(), refused[i]);
            }
        }
        lock.writeLock().lock();
        try {
            if (listeners.isEmpty()) {
                writeByColumn(keys, values);
            } else {
                for (int i = 0; i < values.length; i++) {
                    write(keys.get(i), values[i]);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Writes checked rows that no listener hears of column by column, the columns in parallel; the write lock is held. */
    private void writeByColumn(List<String> keys, Object[][] values) {
        int[] rows = new int[keys.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rowsByKey.computeIfAbsent(keys.get(i), k -> addRow(k));
        }
        IntStream.range(0, columnOrder.length).parallel().forEach(c -> {
            Column column = columnOrder[c];
            for (int i = 0; i < rows.length; i++) {
                column.set(rows[i], values[i][c]);
            }
        });
        for (int row : rows) {
            live.add(row);
        }
    }

    /** Checks the facts and brings them into column form, by column position. */
    private Object[] normalize(Map<String, ?> facts) {
        if (facts == null) {
            throw new IllegalArgumentException("no facts given; expected a map of facts, empty for none");
        }
        Object[] values = new Object[columnOrder.length];
        for (Map.Entry<String, ?> entry : facts.entrySet()) {
            int index = columnIndex(entry.getKey());
            values[index] = FactValues.normalize(columnOrder[index].fact(), entry.getValue());
        }
        return values;
    }

    /** Writes a row's checked values, telling the listeners; the write lock is held. */
    private int write(String key, Object[] values) {
        int row = rowsByKey.computeIfAbsent(key, k -> addRow(k));
        boolean heard = !listeners.isEmpty();
        listeners.forEach(listener -> listener.rowChanging(row));
        Set<String> changed = heard ? new HashSet<>() : null;
        for (int i = 0; i < columnOrder.length; i++) {
            if (columnOrder[i].set(row, values[i]) && heard) {
                changed.add(columnOrder[i].fact().name());
            }
        }
        live.add(row);
        listeners.forEach(listener -> listener.rowChanged(row, changed));
        return row;
    }

    /** Removes an enterprise: its row keeps its id but loses all facts and leaves every result. */
    public void remove(String key) {
        lock.writeLock().lock();
        try {
            Integer row = rowsByKey.get(key);
            if (row == null || !live.contains(row)) {
                return;
            }
            listeners.forEach(listener -> listener.rowChanging(row));
            columns.values().forEach(column -> column.set(row, null));
            live.remove(row);
            listeners.forEach(listener -> listener.rowChanged(row, columns.keySet()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int addRow(String key) {
        int row = keys.size();
        keys.add(key);
        columns.values().forEach(column -> column.ensureCapacity(row + 1));
        return row;
    }

    /** Returns the row of an enterprise, if it was ever added. */
    public OptionalInt rowOf(String key) {
        lock.readLock().lock();
        try {
            Integer row = rowsByKey.get(key);
            return row == null ? OptionalInt.empty() : OptionalInt.of(row);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Returns the external key of a row. */
    public String keyOf(int row) {
        return keys.get(row);
    }

    /** Returns the number of rows ever allocated (removed rows included). */
    public int rowCount() {
        return keys.size();
    }

    /** Returns the rows of enterprises currently in the registry; the caller must not modify it. */
    public RoaringBitmap live() {
        return live;
    }

    /** Returns the column of a fact. */
    public Column column(String fact) {
        Column column = columns.get(fact);
        if (column == null) {
            throw unknown(fact);
        }
        return column;
    }

    /** Returns the lock: hold its read lock for consistent reads across several calls. */
    public ReentrantReadWriteLock lock() {
        return lock;
    }

    /** Adds a listener called inside the write lock after every change. */
    public void addListener(RowListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener; it hears of no change after this returns. */
    public void removeListener(RowListener listener) {
        lock.writeLock().lock();
        try {
            listeners.remove(listener);
        } finally {
            lock.writeLock().unlock();
        }
    }
}

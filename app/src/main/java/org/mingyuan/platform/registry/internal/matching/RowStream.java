package org.mingyuan.platform.registry.internal.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One query's rows, ordered by enterprise id (its first column), read a fetch at a time; {@link #take} hands over
 * the rows of one enterprise as the merge reaches it.
 */
final class RowStream<T> implements AutoCloseable {

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static final int FETCH_SIZE = 10_000;

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowReader<T> reader;
    private long current;

    RowStream(Connection connection, String sql, List<Object> params, RowReader<T> reader) throws SQLException {
        this.statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            this.rows = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        this.reader = reader;
        advance();
    }

    /** The enterprise id of the next row, {@link Long#MAX_VALUE} when every row has been read. */
    long next() {
        return current;
    }

    /** Adds the rows of enterprise {@code id} to {@code into}, skipping any of lower ids. */
    void take(long id, List<T> into) throws SQLException {
        while (current < id) {
            advance();
        }
        while (current == id && current != Long.MAX_VALUE) {
            into.add(reader.read(rows));
            advance();
        }
    }

    private void advance() throws SQLException {
        current = rows.next() ? rows.getLong(1) : Long.MAX_VALUE;
    }

    @Override
    public void close() throws SQLException {
        try (statement) {
            rows.close();
        }
    }
}

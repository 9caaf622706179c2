package org.mingyuan.platform.registry.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.mingyuan.platform.registry.FactValue;

/**
 * How a {@link FactValue} is stored in the {@code fact} table: in exactly one of {@code value} (a number),
 * {@code value_flag} (yes or no), {@code value_date} (a day) and {@code value_text} (a text).
 */
public final class FactColumns {

    /** The four value columns, in the order {@link #values} gives their parameters. */
    public static final String NAMES = "value, value_flag, value_date, value_text";

    /** The {@link Types} of the four value columns. */
    public static final int[] TYPES = {Types.NUMERIC, Types.BOOLEAN, Types.DATE, Types.VARCHAR};

    private FactColumns() {}

    /** The parameters of the four value columns for {@code value}: one set, three null. */
    public static Object[] values(FactValue value) {
        if (value instanceof FactValue.Decimal d) {
            return new Object[] {d.value(), null, null, null};
        }
        if (value instanceof FactValue.YesNo y) {
            return new Object[] {null, y.value(), null, null};
        }
        if (value instanceof FactValue.Day d) {
            return new Object[] {null, null, Date.valueOf(d.value()), null};
        }
        return new Object[] {null, null, null, ((FactValue.Text) value).value()};
    }

    /** The value stored in the four columns starting at {@code first} of the current row. */
    public static FactValue read(ResultSet rs, int first) throws SQLException {
        BigDecimal number = rs.getBigDecimal(first);
        if (number != null) {
            return new FactValue.Decimal(number);
        }
        boolean flag = rs.getBoolean(first + 1);
        if (!rs.wasNull()) {
            return new FactValue.YesNo(flag);
        }
        LocalDate day = rs.getObject(first + 2, LocalDate.class);
        if (day != null) {
            return new FactValue.Day(day);
        }
        return new FactValue.Text(rs.getString(first + 3));
    }
}

package org.mingyuan.platform.registry.internal;

import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.registry.ChainSegment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The industry-chain taxonomy, kept as editable data. */
@Repository
public class ChainSegments {

    private final JdbcClient jdbc;

    ChainSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every segment, upstream to periphery. */
    public List<ChainSegment> all() {
        return jdbc.sql("select code, tier, name_zh, name_en, position from chain_segment order by position, code")
                .query(ChainSegment.class)
                .list();
    }

    /** The segment with this code. */
    public Optional<ChainSegment> byCode(String code) {
        return jdbc.sql("select code, tier, name_zh, name_en, position from chain_segment where code = ?")
                .param(code)
                .query(ChainSegment.class)
                .optional();
    }

    /** Adds a segment or replaces the labels, tier and position of an existing one. */
    public void save(ChainSegment segment) {
        int updated = jdbc.sql(
                        "update chain_segment set tier = ?, name_zh = ?, name_en = ?, position = ? where code = ?")
                .params(segment.tier(), segment.nameZh(), segment.nameEn(), segment.position(), segment.code())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into chain_segment (code, tier, name_zh, name_en, position) values (?, ?, ?, ?, ?)")
                    .params(segment.code(), segment.tier(), segment.nameZh(), segment.nameEn(), segment.position())
                    .update();
        }
    }
}

package org.mingyuan.platform.ledger.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.ledger.witness.TreeHead;
import org.mingyuan.ledger.witness.WitnessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this platform remembers as a witness: the logs it trusts come from configuration, the latest cosigned
 * tree head per log from the database, replaced only by a single compare-and-set statement.
 */
@Component
class StoredWitnessState implements WitnessState {

    private final JdbcClient jdbc;
    private final Map<String, List<NoteVerifier>> logs;

    StoredWitnessState(JdbcClient jdbc, LedgerProperties properties) {
        this.jdbc = jdbc;
        this.logs = properties.witnessedLogs().stream()
                .collect(Collectors.toUnmodifiableMap(
                        LedgerProperties.WitnessedLog::origin,
                        log -> List.of(VerifierKey.parse(log.key()).noteVerifier())));
    }

    @Override
    public Optional<List<NoteVerifier>> logKeys(String origin) {
        return Optional.ofNullable(logs.get(origin));
    }

    @Override
    public Optional<TreeHead> latest(String origin) {
        return jdbc.sql("select tree_size, root from ledger_witnessed_head where origin = ?")
                .param(origin)
                .query((rs, row) -> new TreeHead(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    @Override
    public boolean advance(String origin, Optional<TreeHead> expected, TreeHead next) {
        if (expected.isEmpty()) {
            return jdbc.sql("insert into ledger_witnessed_head (origin, tree_size, root) values (?, ?, ?)"
                                    + " on conflict do nothing")
                            .params(origin, next.size(), next.root())
                            .update()
                    == 1;
        }
        return jdbc.sql("update ledger_witnessed_head set tree_size = ?, root = ?"
                                + " where origin = ? and tree_size = ? and root = ?")
                        .params(
                                next.size(),
                                next.root(),
                                origin,
                                expected.get().size(),
                                expected.get().root())
                        .update()
                == 1;
    }
}

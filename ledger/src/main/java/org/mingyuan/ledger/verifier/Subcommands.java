package org.mingyuan.ledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.checkpoint.VerifiedCheckpoint;
import org.mingyuan.ledger.cosignature.CosignatureVerifier;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.note.NoteSignature;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.tiles.TileNodeSource;
import org.mingyuan.ledger.verify.ConsistencyVerifier;

/** The verifier's subcommands; each prints what it verified and throws on failure. */
final class Subcommands {

    private final PrintStream out;

    Subcommands(PrintStream out) {
        this.out = out;
    }

    void receipt(List<String> args) throws Arguments.UsageException, IOException, VerificationException {
        Arguments a = Arguments.parse(args, Set.of("key"));
        Receipt receipt = Receipt.parse(read(a.positional(0, "receipt file")));
        ReceiptReport report = ReceiptVerifier.verify(receipt, key(a.one("key")));
        out.println("OK receipt: entry " + report.index() + " of " + report.size() + " in " + report.origin());
        out.println("entry: " + report.entryText());
        out.println(report.english());
        out.println(report.chinese());
    }

    void checkpoint(List<String> args) throws Arguments.UsageException, IOException, VerificationException {
        Arguments a = Arguments.parse(args, Set.of("key"));
        List<NoteVerifier> keys = keys(a.all("key"));
        VerifiedCheckpoint verified = SignedCheckpoints.open(read(a.positional(0, "checkpoint file")), keys);
        Checkpoint c = verified.checkpoint();
        out.println("OK checkpoint: " + c.origin() + " size " + c.size() + " root "
                + Base64.getEncoder().encodeToString(c.root()));
        for (NoteSignature s : verified.note().verified()) {
            out.println("signed by " + s.name());
        }
        out.println(verified.note().unverified().size() + " signature(s) from unknown keys ignored");
    }

    void consistency(List<String> args) throws Arguments.UsageException, IOException, VerificationException {
        Arguments a = Arguments.parse(args, Set.of("key", "url", "proof"));
        List<NoteVerifier> keys = List.of(key(a.one("key")));
        Checkpoint old = SignedCheckpoints.open(read(a.positional(0, "old checkpoint file")), keys)
                .checkpoint();
        Checkpoint now = SignedCheckpoints.open(read(a.positional(1, "new checkpoint file")), keys)
                .checkpoint();
        if (!old.origin().equals(now.origin())) {
            throw new VerificationException("origins differ: " + old.origin() + " and " + now.origin());
        }
        List<byte[]> proof;
        if (!a.all("proof").isEmpty()) {
            proof = new ArrayList<>();
            for (String line : read(a.one("proof")).split("\n")) {
                if (!line.isBlank()) {
                    proof.add(Base64.getDecoder().decode(line.strip()));
                }
            }
        } else {
            HttpFetcher fetcher = new JdkHttpFetcher(a.one("url"));
            proof = new ProofBuilder(new TileNodeSource(new HttpTileStore(fetcher), now.size()))
                    .consistency(old.size(), now.size());
        }
        ConsistencyVerifier.verify(old.size(), now.size(), proof, old.root(), now.root());
        out.println("OK consistency: " + now.origin() + " size " + old.size() + " is a prefix of size " + now.size());
    }

    void audit(List<String> args) throws Arguments.UsageException, VerificationException {
        Arguments a = Arguments.parse(args, Set.of("key"));
        AuditResult result =
                new LogAuditor(new JdkHttpFetcher(a.positional(0, "log base URL"))).audit(key(a.one("key")));
        if (result instanceof AuditResult.Consistent c) {
            out.println("OK audit: " + c.origin() + ", all " + c.size() + " entries, tiles and the root agree");
        } else if (result instanceof AuditResult.Disagreement d) {
            throw new VerificationException("audit: first disagreement at index " + d.index() + ": " + d.what());
        } else if (result instanceof AuditResult.CheckpointDisagrees d) {
            throw new VerificationException("audit: " + d.what());
        }
    }

    private static NoteVerifier key(String vkey) throws Arguments.UsageException {
        try {
            return CosignatureVerifier.forKey(VerifierKey.parse(vkey));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("bad --key: " + e.getMessage());
        }
    }

    private static List<NoteVerifier> keys(List<String> vkeys) throws Arguments.UsageException {
        if (vkeys.isEmpty()) {
            throw new Arguments.UsageException("want at least one --key");
        }
        List<NoteVerifier> keys = new ArrayList<>();
        for (String vkey : vkeys) {
            keys.add(key(vkey));
        }
        return keys;
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}

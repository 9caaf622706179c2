package org.mingyuan.ledger.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.tiles.MemoryTileLog;
import org.mingyuan.ledger.verifier.AuditResult;
import org.mingyuan.ledger.verifier.LogAuditor;
import org.mingyuan.ledger.verify.InclusionVerifier;

/**
 * Benchmarks the ledger: inclusion proofs from in-memory tiles at 10,000,000 entries and a full audit of a
 * 1,000,000-entry log, against a naive recursive root as baseline. Prints one {@code name: value unit} per line.
 *
 * <p>Run with {@code java -cp ledger/target/mingyuan-verify.jar org.mingyuan.ledger.bench.LedgerBench}.
 */
public final class LedgerBench {

    private static final int PROOF_SIZE = 10_000_000;
    private static final int AUDIT_SIZE = 1_000_000;
    private static final int PROOFS = 20_000;

    private LedgerBench() {}

    /** Runs the benchmark. */
    public static void main(String[] args) throws VerificationException {
        inclusionProofs();
        audit();
    }

    private static void inclusionProofs() throws VerificationException {
        long start = System.nanoTime();
        MemoryTileLog log = new MemoryTileLog();
        for (int i = 0; i < PROOF_SIZE; i++) {
            log.appendLeafHash(TreeHasher.leaf(ByteBuffer.allocate(8).putLong(i).array()));
        }
        print("tiles_build_10m", seconds(start), "s");
        ProofBuilder builder = new ProofBuilder(log.nodeSource(PROOF_SIZE));
        byte[] root = log.root();
        Random random = new Random(42);
        long[] nanos = new long[PROOFS];
        for (int round = -2_000; round < PROOFS; round++) {
            long index = random.nextInt(PROOF_SIZE);
            byte[] leaf = TreeHasher.leaf(ByteBuffer.allocate(8).putLong(index).array());
            long t = System.nanoTime();
            List<byte[]> proof = builder.inclusion(index, PROOF_SIZE);
            InclusionVerifier.verify(index, PROOF_SIZE, leaf, proof, root);
            if (round >= 0) {
                nanos[round] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        print("inclusion_proof_10m_p50", nanos[PROOFS / 2] / 1e6, "ms");
        print("inclusion_proof_10m_p99", nanos[PROOFS * 99 / 100] / 1e6, "ms");
    }

    private static void audit() throws VerificationException {
        MemoryTileLog log = new MemoryTileLog();
        List<byte[]> leaves = new ArrayList<>(AUDIT_SIZE);
        for (int i = 0; i < AUDIT_SIZE; i++) {
            byte[] entry = ("{\"event\":\"PayoutRecorded\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            log.append(entry);
            leaves.add(TreeHasher.leaf(entry));
        }
        SignerKey key = SignerKey.generate("bench.example/ledger");
        byte[] checkpoint = SignedCheckpoints.sign(Checkpoint.of("bench.example/ledger", AUDIT_SIZE, log.root()), key)
                .getBytes(StandardCharsets.UTF_8);
        LogAuditor auditor = new LogAuditor(path -> path.equals("checkpoint") ? checkpoint : log.read(path));

        long start = System.nanoTime();
        AuditResult result = auditor.audit(key.verifierKey().noteVerifier());
        double auditSeconds = seconds(start);
        if (!(result instanceof AuditResult.Consistent)) {
            throw new IllegalStateException("benchmark log did not audit: " + result);
        }
        print("audit_1m_entries", auditSeconds, "s");

        start = System.nanoTime();
        byte[] naive = naiveRoot(leaves, 0, leaves.size());
        double naiveSeconds = seconds(start);
        if (!Arrays.equals(naive, log.root())) {
            throw new IllegalStateException("naive root differs");
        }
        print("baseline_naive_recursive_root_1m", naiveSeconds, "s");
        print("audit_over_naive_root_ratio", auditSeconds / naiveSeconds, "x");
    }

    /** The RFC's recursive definition, straight: the baseline that recomputes only the root. */
    private static byte[] naiveRoot(List<byte[]> leaves, int begin, int end) {
        if (end - begin == 1) {
            return leaves.get(begin);
        }
        int k = Integer.highestOneBit(end - begin - 1);
        return TreeHasher.node(naiveRoot(leaves, begin, begin + k), naiveRoot(leaves, begin + k, end));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + ": " + String.format("%.3f", value) + " " + unit);
    }
}

package org.mingyuan.ledger.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** RFC 9162 section 2.1 tree hashing with SHA-256: leaves, interior nodes, the empty tree and whole-list roots. */
public final class TreeHasher {

    /** The size in bytes of every hash this class returns. */
    public static final int HASH_SIZE = 32;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TreeHasher::newDigest);
    private static final byte[] EMPTY_ROOT = sha256(new byte[0]);

    private TreeHasher() {}

    /** Returns SHA-256 of the given bytes. */
    public static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data);
    }

    /** Returns the root of the empty tree, SHA-256 of the empty string; a fresh copy. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** Returns the leaf hash SHA-256(0x00 ‖ entry). */
    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x00);
        return digest.digest(entry);
    }

    /** Returns the interior node hash SHA-256(0x01 ‖ left ‖ right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /**
     * Returns the Merkle tree hash of a list of leaf hashes.
     *
     * <p>Reduces level by level, carrying an unpaired last node up unchanged, which gives the same tree as the
     * RFC's split at the largest power of two smaller than the size.
     */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return emptyRoot();
        }
        List<byte[]> level = leafHashes;
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i + 1 < level.size(); i += 2) {
                up.add(node(level.get(i), level.get(i + 1)));
            }
            if (level.size() % 2 == 1) {
                up.add(level.get(level.size() - 1));
            }
            level = up;
        }
        return level.get(0).clone();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

package org.mingyuan.ledger.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.mingyuan.ledger.hash.Hex;

/** Raw 32-byte Ed25519 keys and 64-byte signatures on top of the JDK 17 provider. */
public final class Ed25519 {

    /** Bytes in a public key, a private seed, and half a signature. */
    public static final int KEY_SIZE = 32;

    /** Bytes in a signature. */
    public static final int SIGNATURE_SIZE = 64;

    private static final byte[] PUBLIC_PREFIX = Hex.decode("302a300506032b6570032100");
    private static final byte[] PRIVATE_PREFIX = Hex.decode("302e020100300506032b657004220420");

    private Ed25519() {}

    /** Returns a fresh random 32-byte private seed. */
    public static byte[] newSeed() {
        byte[] seed = new byte[KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    /** Returns the public key of a private seed. */
    public static byte[] publicKey(byte[] seed) {
        checkLength("seed", seed, KEY_SIZE);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
            byte[] encoded = generator.generateKeyPair().getPublic().getEncoded();
            return Arrays.copyOfRange(encoded, encoded.length - KEY_SIZE, encoded.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** Returns the signature of a message under a private seed. */
    public static byte[] sign(byte[] seed, byte[] message) {
        checkLength("seed", seed, KEY_SIZE);
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(factory.generatePrivate(new PKCS8EncodedKeySpec(concat(PRIVATE_PREFIX, seed))));
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Returns whether the signature over the message verifies under the public key; false for malformed input. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != KEY_SIZE || signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(factory.generatePublic(new X509EncodedKeySpec(concat(PUBLIC_PREFIX, publicKey))));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkLength(String what, byte[] bytes, int want) {
        if (bytes.length != want) {
            throw new IllegalArgumentException(what + " has " + bytes.length + " bytes, want " + want);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Hands the key pair generator the given seed as its "random" private key bytes. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("generator asked for " + bytes.length + " bytes, want 32");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}

package org.mingyuan.platform.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mingyuan.ledger.cosignature.CosignatureSigner;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.platform.MingyuanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The log's note signing key and this platform's witness cosigning key, supplied by configuration or kept
 * in files under {@code MINGYUAN_HOME/ledger} (owner read/write only), generated at the first start.
 *
 * <p>Private keys are never logged; only their vkeys are.
 */
@Component
public class LedgerKeys {

    private static final Logger log = LoggerFactory.getLogger(LedgerKeys.class);

    private final SignerKey signer;
    private final CosignatureSigner cosigner;

    @Autowired
    LedgerKeys(LedgerProperties ledger, MingyuanProperties platform) {
        Path folder = Path.of(platform.home()).resolve("ledger");
        this.signer = SignerKey.parse(
                supplied(ledger.signerKey(), folder.resolve("signer.key"), () -> SignerKey.generate(ledger.origin())));
        String witness = supplied(
                ledger.witnessKey(),
                folder.resolve("witness.key"),
                () -> SignerKey.generate(ledger.effectiveWitnessName()));
        SignerKey witnessKey = SignerKey.parse(witness);
        this.cosigner = new CosignatureSigner(witnessKey.name(), seedOf(witness), InstantSource.system());
        log.info("Ledger key {}, witness key {}", signer.verifierKey(), cosigner.verifierKey());
    }

    /** Creates the keys from their private key forms, for tools and benchmarks outside Spring. */
    public LedgerKeys(String signerKey, String witnessKey) {
        this.signer = SignerKey.parse(signerKey);
        this.cosigner =
                new CosignatureSigner(SignerKey.parse(witnessKey).name(), seedOf(witnessKey), InstantSource.system());
    }

    /** Returns the key that signs the log's checkpoints. */
    public SignerKey signer() {
        return signer;
    }

    /** Returns the log's verifier key, served at {@code /ledger/key}. */
    public VerifierKey verifierKey() {
        return signer.verifierKey();
    }

    /** Returns the key this platform cosigns other logs' checkpoints with. */
    public CosignatureSigner cosigner() {
        return cosigner;
    }

    private static String supplied(@Nullable String configured, Path file, Supplier<SignerKey> generate) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            if (!Files.exists(file)) {
                write(file, generate.get().encode());
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger key " + file, e);
        }
    }

    private static void write(Path file, String key) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        log.info("Generated a new ledger key in {}", file);
    }

    /** Returns the 32-byte seed of a {@code PRIVATE+KEY+name+id+base64(0x01 ‖ seed)} key already parsed once. */
    private static byte[] seedOf(String privateKey) {
        String material = privateKey.strip().substring("PRIVATE+KEY+".length()).split("\\+", 3)[2];
        byte[] typed = Base64.getDecoder().decode(material);
        return Arrays.copyOfRange(typed, 1, typed.length);
    }
}

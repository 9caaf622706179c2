package org.mingyuan.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.SignerKey;

class CheckpointTests {

    private static final String BODY =
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void specExampleParsesAndFormatsBack() throws Exception {
        Checkpoint checkpoint = Checkpoint.parse(BODY);
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163);
        assertThat(Base64.getEncoder().encodeToString(checkpoint.root()))
                .isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(checkpoint.format()).isEqualTo(BODY);
    }

    @Test
    void extensionLinesAreKept() throws Exception {
        String text = BODY + "— not a signature, an extension\nanother\n";
        assertThat(Checkpoint.parse(text).extensions()).hasSize(2);
        assertThat(Checkpoint.parse(text).format()).isEqualTo(text);
    }

    @Test
    void malformedBodiesAreRefused() {
        String root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
        for (String bad : List.of(
                "o\n1\n" + root,
                "o\n01\n" + root + "\n",
                "o\n-1\n" + root + "\n",
                "o\n1\nAAAA\n",
                "\n1\n" + root + "\n",
                "o\n1\n" + root + "\n\n",
                "o\n1\n")) {
            assertThatThrownBy(() -> Checkpoint.parse(bad))
                    .as(bad)
                    .isInstanceOf(VerificationException.class)
                    .hasMessageStartingWith("malformed checkpoint");
        }
    }

    @Test
    void signedCheckpointOpensOnlyWithTheLogKeyAndOrigin() throws Exception {
        SignerKey key = SignerKey.generate("mingyuan.example/ledger");
        Checkpoint checkpoint = Checkpoint.of("mingyuan.example/ledger", 0, TreeHasher.emptyRoot());
        String signed = SignedCheckpoints.sign(checkpoint, key);
        var verifier = key.verifierKey().noteVerifier();
        assertThat(SignedCheckpoints.openFromLog(signed, verifier, "mingyuan.example/ledger")
                        .checkpoint())
                .isEqualTo(checkpoint);
        assertThatThrownBy(() -> SignedCheckpoints.openFromLog(signed, verifier, "elsewhere"))
                .hasMessageContaining("want \"elsewhere\"");
        assertThatThrownBy(() -> SignedCheckpoints.open(signed.replace("\n0\n", "\n1\n"), List.of(verifier)))
                .hasMessageContaining("invalid signature");
    }
}

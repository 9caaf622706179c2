package org.mingyuan.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.testing.TestData;

class NotesTests {

    private static final Map<String, Object> GO = TestData.json("note/go-sumdb-note.json");
    private static final String SKEY = (String) GO.get("skey");
    private static final String VKEY = (String) GO.get("vkey");
    private static final String TEXT = (String) GO.get("text");
    private static final String SIGNED = (String) GO.get("signed");

    @Test
    void signerKeyParsesAndDerivesThePublishedVerifierKey() {
        SignerKey signer = SignerKey.parse(SKEY);
        assertThat(signer.name()).isEqualTo("PeterNeumann");
        assertThat(KeyIds.hex(signer.keyId())).isEqualTo("c74f20a3");
        assertThat(signer.verifierKey().toString()).isEqualTo(VKEY);
        assertThat(signer.encode()).isEqualTo(SKEY);
        assertThat(signer.toString()).doesNotContain("AYEK");
    }

    @Test
    void signingTheGoExampleGivesTheGoSignedNoteByteForByte() {
        assertThat(Notes.sign(TEXT, SignerKey.parse(SKEY))).isEqualTo(SIGNED);
    }

    @Test
    void openingTheGoExampleWithItsKeyReturnsTheText() throws Exception {
        OpenedNote opened = Notes.open(SIGNED, List.of(VerifierKey.parse(VKEY).noteVerifier()));
        assertThat(opened.text()).isEqualTo(TEXT);
        assertThat(opened.verified()).hasSize(1);
        assertThat(opened.unverified()).isEmpty();
    }

    @Test
    void alteredTextIsRefused() {
        String altered = SIGNED.replace("cryptography", "cryptographY");
        assertThatThrownBy(() ->
                        Notes.open(altered, List.of(VerifierKey.parse(VKEY).noteVerifier())))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("invalid signature from key PeterNeumann+c74f20a3");
    }

    @Test
    void signaturesFromUnknownKeysAreIgnoredAmongManyLines() throws Exception {
        List<NoteSigner> signers = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            signers.add(SignerKey.generate("witness.example/w" + i));
        }
        signers.add(SignerKey.parse(SKEY));
        String signed = Notes.sign(TEXT, signers.toArray(NoteSigner[]::new));
        OpenedNote opened = Notes.open(signed, List.of(VerifierKey.parse(VKEY).noteVerifier()));
        assertThat(opened.verified()).extracting(NoteSignature::name).containsExactly("PeterNeumann");
        assertThat(opened.unverified()).hasSize(19);
    }

    @Test
    void noteWithoutAKnownSignatureIsRefused() {
        VerifierKey other = SignerKey.generate("someone.else").verifierKey();
        assertThatThrownBy(() -> Notes.open(SIGNED, List.of(other.noteVerifier())))
                .hasMessageContaining("no signature from a known key");
    }

    @Test
    void sameNameWithAnotherKeyIdIsTreatedAsUnknown() {
        VerifierKey impostor = SignerKey.generate("PeterNeumann").verifierKey();
        assertThatThrownBy(() -> Notes.open(SIGNED, List.of(impostor.noteVerifier())))
                .hasMessageContaining("no signature from a known key");
    }

    @Test
    void malformedNotesAreRefusedWithTheReason() {
        String line = SIGNED.substring(SIGNED.indexOf("\u2014"));
        Map<String, String> cases = Map.of(
                "no blank line", TEXT + line,
                "does not start with", TEXT + "\n- PeterNeumann abc=\n",
                "not base64", TEXT + "\n\u2014 PeterNeumann !!!\n",
                "want at least 5", TEXT + "\n\u2014 PeterNeumann AAAA\n",
                "ending in a newline", SIGNED.substring(0, SIGNED.length() - 1),
                "control character", "a\u0007b\n\n" + line,
                "is not \"— name sig\"", TEXT + "\n\u2014 PeterNeumann\n");
        cases.forEach((reason, note) -> assertThatThrownBy(
                        () -> Notes.open(note, List.of(VerifierKey.parse(VKEY).noteVerifier())))
                .as(reason)
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining(reason));
    }

    @Test
    void tooManySignatureLinesAreRefused() {
        String line = SIGNED.substring(SIGNED.indexOf("\u2014"));
        String note = TEXT + "\n" + line.repeat(Notes.MAX_SIGNATURES + 1);
        assertThatThrownBy(() -> Notes.parse(note)).hasMessageContaining("want at most 100");
    }

    @Test
    void malformedKeysAreRefused() {
        assertThatThrownBy(
                        () -> VerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a3")).hasMessageContaining("want 3");
        assertThatThrownBy(() -> SignerKey.parse(VKEY)).hasMessageContaining("PRIVATE+KEY+");
        assertThatThrownBy(() -> SignerKey.generate("has space")).hasMessageContaining("bad key name");
    }
}

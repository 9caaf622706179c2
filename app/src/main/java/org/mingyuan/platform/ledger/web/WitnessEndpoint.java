package org.mingyuan.platform.ledger.web;

import java.nio.charset.StandardCharsets;
import org.mingyuan.ledger.witness.WitnessOutcome;
import org.mingyuan.platform.ledger.internal.WitnessDesk;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** The C2SP tlog-witness endpoint {@code POST /witness/add-checkpoint}, and the witness's vkey. */
@Controller
@ResponseBody
class WitnessEndpoint {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final WitnessDesk desk;

    WitnessEndpoint(WitnessDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/witness/add-checkpoint")
    ResponseEntity<String> addCheckpoint(@RequestBody(required = false) byte[] body) {
        WitnessOutcome outcome = desk.addCheckpoint(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        MediaType type = outcome instanceof WitnessOutcome.Conflict
                ? MediaType.parseMediaType(WitnessOutcome.Conflict.CONTENT_TYPE)
                : TEXT;
        return ResponseEntity.status(outcome.status()).contentType(type).body(outcome.body());
    }

    @GetMapping("/witness/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(desk.verifierKey() + "\n");
    }
}

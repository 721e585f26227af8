package it.traccia.app.web.monitoring;

import it.traccia.app.evidence.PlanEvidence;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.app.web.approval.PlanVersions;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.query.EvidenceView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The supporting documents of a plan's monitoring (documenti a supporto): uploaded as multipart {@code file} by the
 * Segretario or a Responsabile of the ente (201 with id, SHA-256, size, name and the type recognised), and read back,
 * byte for byte, by every member of the ente, with their SHA-256 as {@code ETag} and {@code Repr-Digest}.
 */
@RestController
@RequestMapping(path = "/api/plans/{planId}/evidence")
public class EvidenceController {

    private final PlanEvidence evidence;
    private final PlanVersions versions;
    private final CurrentActor actor;

    EvidenceController(PlanEvidence evidence, PlanVersions versions, CurrentActor actor) {
        this.evidence = evidence;
        this.versions = versions;
        this.actor = actor;
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvidenceResponse> upload(@PathVariable String planId, @RequestPart("file") MultipartFile file)
            throws IOException {
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = PlanEvidence.readBounded(in, file.getSize());
        }
        EvidenceView stored = evidence.store(planId, file.getOriginalFilename(), content, actor.onPlan(planId));
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/evidence/" + stored.id()))
                .body(EvidenceResponse.of(stored));
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable String planId, @PathVariable String evidenceId) {
        versions.current(planId);
        EvidenceView stored = evidence.evidence(planId, evidenceId, actor.userId());
        byte[] content = evidence.content(stored);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(stored.sha256())) + ":")
                .eTag("\"" + stored.sha256() + "\"")
                .body(content);
    }

    /** What a stored supporting document is: its id, SHA-256, size in bytes, name and the type recognised. */
    public record EvidenceResponse(String id, String sha256, long size, String name, String contentType) {

        static EvidenceResponse of(EvidenceView view) {
            return new EvidenceResponse(view.id(), view.sha256(), view.size(), view.name(), view.contentType());
        }
    }
}

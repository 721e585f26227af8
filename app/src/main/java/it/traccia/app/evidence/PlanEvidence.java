package it.traccia.app.evidence;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.command.StoreEvidence;
import it.traccia.kernel.monitoring.query.EvidenceView;
import it.traccia.kernel.monitoring.query.FindMonitoringRecordsQuery;
import it.traccia.kernel.monitoring.query.MonitoringRecordsView;
import it.traccia.kernel.rule.EvidenceTooLarge;
import it.traccia.kernel.rule.UnknownEvidence;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.plan.command.PlanMonitoring;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * The supporting documents of a plan's monitoring (documenti a supporto): a file is read up to 20 MiB, recognised by
 * its bytes ({@link EvidenceKinds}), kept once by content ({@link EvidenceStore}) and recorded by the plan's
 * monitoring ({@link StoreEvidence}), which decides who may; read back byte for byte by the ente's members.
 */
@Component
public class PlanEvidence {

    private final EvidenceStore store;
    private final PlanCommands commands;
    private final QueryGateway queries;

    PlanEvidence(EvidenceStore store, PlanCommands commands, QueryGateway queries) {
        this.store = store;
        this.commands = commands;
        this.queries = queries;
    }

    /** Reads at most 20 MiB and one byte more, refusing a larger file before it is all read. */
    public static byte[] readBounded(InputStream content, long declaredSize) throws IOException {
        long max = PlanMonitoring.MAX_EVIDENCE_BYTES;
        if (declaredSize > max) {
            throw new EvidenceTooLarge(declaredSize, max);
        }
        byte[] bytes = content.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new EvidenceTooLarge(Math.max(declaredSize, bytes.length), max);
        }
        return bytes;
    }

    /** Stores the document for the plan and answers with what was recorded. */
    public EvidenceView store(String planId, String name, byte[] content, Actor actor) {
        String contentType = EvidenceKinds.recognise(name, content);
        String fileName = name == null || name.isBlank() ? "documento" : name.strip();
        String sha256 = store.keep(content);
        EvidenceId id = EvidenceId.random();
        commands.send(new StoreEvidence(new PlanId(planId), id, sha256, content.length, fileName, contentType, actor));
        return evidence(planId, id.value(), actor.userId());
    }

    /** What the plan's monitoring recorded of the document; {@link UnknownEvidence} when it has no such document. */
    public EvidenceView evidence(String planId, String evidenceId, String userId) {
        MonitoringRecordsView records = queries.query(new FindMonitoringRecordsQuery(new PlanId(planId), userId),
                ResponseTypes.instanceOf(MonitoringRecordsView.class)).join();
        if (records == null) {
            throw new UnknownPlan(planId);
        }
        return records.evidence().stream().filter(each -> each.id().equals(evidenceId)).findFirst()
                .orElseThrow(() -> new UnknownEvidence(null, evidenceId));
    }

    /** The bytes of the document, exactly as stored. */
    public byte[] content(EvidenceView evidence) {
        return store.content(evidence.sha256()).orElseThrow(() -> new UnknownEvidence(null, evidence.id()));
    }
}

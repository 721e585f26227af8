package it.traccia.app.imports;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.web.plan.PlanIds;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.rule.PlanAlreadyExists;
import it.traccia.plan.command.importing.PlanDocumentReader;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

/**
 * Imports a draft plan from a document (importazione): reads it, reports its findings, and creates the plan with one
 * {@code ImportPlan} command, so that a refused import leaves nothing behind. A dry run reads without creating.
 */
@Service
public class PlanImports {

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanCommands commands;

    public PlanImports(PlanCommands commands) {
        this.commands = commands;
    }

    /** Reads the document and says what an import would create, creating nothing. */
    public PlanImport preview(String fileName, byte[] content) {
        ImportResult result = reader.read(fileName, content);
        return new PlanImport(planIdOf(result.plan()), PlanDocumentReader.sourceOf(fileName, content), result, false);
    }

    /** Reads the document and creates its plan as a draft, imported by the actor; refused whole or done whole. */
    public PlanImport importPlan(String fileName, byte[] content, Actor actor) {
        ImportResult result = reader.read(fileName, content);
        PlanId planId = planIdOf(result.plan());
        ImportSource source = PlanDocumentReader.sourceOf(fileName, content);
        try {
            commands.send(new ImportPlan(planId, result.plan(), source, result.findings(), actor));
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new PlanAlreadyExists(result.plan().organisation(), result.plan().year());
        }
        return new PlanImport(planId, source, result, true);
    }

    private static PlanId planIdOf(ImportedPlan plan) {
        return PlanIds.forOrganisationAndYear(plan.organisation(), plan.year());
    }

    /** What an import did or would do: the plan's id, the document, what was read and whether the plan now exists. */
    public record PlanImport(PlanId planId, ImportSource source, ImportResult result, boolean created) {
    }
}

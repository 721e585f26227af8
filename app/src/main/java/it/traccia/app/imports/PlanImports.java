package it.traccia.app.imports;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.organisation.Directory;
import it.traccia.app.web.plan.PlanIds;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.rule.DocumentTooLarge;
import it.traccia.kernel.rule.PlanAlreadyExists;
import it.traccia.kernel.rule.UnknownOrganisation;
import it.traccia.kernel.rule.UnreadableDocument;
import it.traccia.plan.command.importing.PlanDocumentReader;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * Imports a draft plan from a document (importazione): reads it, finds the registered organisation (ente) the document
 * names, reports its findings, and creates the plan with one {@code ImportPlan} command, so that a refused import leaves
 * nothing behind. A dry run reads without creating.
 */
@Service
public class PlanImports {

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanCommands commands;
    private final Directory directory;
    private final long maxBytes;

    public PlanImports(PlanCommands commands, Directory directory,
                       @Value("${traccia.imports.max-bytes:10485760}") long maxBytes) {
        this.commands = commands;
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads an uploaded document, at most one byte more than allowed, so that a huge upload is refused
     * ({@link DocumentTooLarge}) without being held in memory; an empty one is {@link UnreadableDocument}.
     */
    public byte[] readBounded(InputStream content, long declaredSize) throws IOException {
        if (declaredSize > maxBytes) {
            throw new DocumentTooLarge(declaredSize, maxBytes);
        }
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new DocumentTooLarge(Math.max(declaredSize, bytes.length), maxBytes);
        }
        if (bytes.length == 0) {
            throw new UnreadableDocument("il file è vuoto");
        }
        return bytes;
    }

    /**
     * Reads the document and says what an import would create, creating nothing; only for whoever could import it
     * ({@code importer} refuses anyone else, as for the import itself).
     */
    public PlanImport preview(String fileName, byte[] content, Function<OrganisationId, Actor> importer) {
        ImportResult result = reader.read(fileName, content);
        Directory.RegisteredOrganisation organisation = organisationOf(result);
        importer.apply(new OrganisationId(organisation.id()));
        return new PlanImport(planIdOf(organisation, result), PlanDocumentReader.sourceOf(fileName, content), result, false);
    }

    /**
     * Reads the document and creates its plan as a draft, imported by the actor that {@code importer} gives for the
     * document's organisation (its Segretario); refused whole or done whole.
     */
    public PlanImport importPlan(String fileName, byte[] content, Function<OrganisationId, Actor> importer) {
        ImportResult result = reader.read(fileName, content);
        Directory.RegisteredOrganisation organisation = organisationOf(result);
        OrganisationId organisationId = new OrganisationId(organisation.id());
        Actor actor = importer.apply(organisationId);
        PlanId planId = planIdOf(organisation, result);
        ImportSource source = PlanDocumentReader.sourceOf(fileName, content);
        try {
            commands.send(new ImportPlan(planId, organisationId, organisation.name(), result.plan(), source,
                    result.findings(), actor));
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new PlanAlreadyExists(organisation.name(), result.plan().year(), planId.value());
        }
        return new PlanImport(planId, source, result, true);
    }

    private Directory.RegisteredOrganisation organisationOf(ImportResult result) {
        String named = result.plan().organisation();
        return directory.organisationNamed(named).orElseThrow(() -> UnknownOrganisation.named("organisation", named));
    }

    private static PlanId planIdOf(Directory.RegisteredOrganisation organisation, ImportResult result) {
        return PlanIds.forOrganisationAndYear(new OrganisationId(organisation.id()), result.plan().year());
    }

    /** What an import did or would do: the plan's id, the document, what was read and whether the plan now exists. */
    public record PlanImport(PlanId planId, ImportSource source, ImportResult result, boolean created) {
    }
}

package it.traccia.app.web.imports;

import it.traccia.app.imports.PlanImports;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.query.FindImportFindingsQuery;
import it.traccia.kernel.plan.query.ImportFindingsView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Function;

/**
 * Imports a plan from its Word document or the document's text export, sent as multipart ({@code file}) or as the raw
 * body (file name from {@code ?fileName=} or Content-Disposition): 201 with the new plan's id and the findings, or with
 * {@code ?dryRun=true} 200 with what would be created, creating nothing. The findings stay readable afterwards.
 */
@RestController
public class ImportController {

    private final PlanImports imports;
    private final QueryGateway queries;
    private final CurrentActor actor;

    ImportController(PlanImports imports, QueryGateway queries, CurrentActor actor) {
        this.imports = imports;
        this.queries = queries;
        this.actor = actor;
    }

    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> importMultipart(@RequestPart("file") MultipartFile file,
                                                   @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "documento" : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            return answer(fileName, imports.readBounded(content, file.getSize()), dryRun);
        }
    }

    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> importRawBody(HttpServletRequest request,
                                                 @RequestParam(required = false) String fileName,
                                                 @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (InputStream content = request.getInputStream()) {
            return answer(fileNameOf(fileName, request), imports.readBounded(content, request.getContentLengthLong()), dryRun);
        }
    }

    @GetMapping(path = "/api/plans/{planId}/import-findings", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportFindingsView findings(@PathVariable String planId) {
        ImportFindingsView view = queries.query(new FindImportFindingsQuery(new PlanId(planId), actor.userId()),
                ImportFindingsView.class).join();
        if (view == null) {
            throw new NotImported(planId);
        }
        return view;
    }

    private ResponseEntity<ImportResponse> answer(String fileName, byte[] content, boolean dryRun) {
        Function<OrganisationId, Actor> segretario = organisation -> actor.segretarioOf(organisation,
                "importare un piano");
        PlanImports.PlanImport outcome = dryRun
                ? imports.preview(fileName, content, segretario)
                : imports.importPlan(fileName, content, segretario);
        ImportResponse body = new ImportResponse(outcome.planId().value(), outcome.created(), outcome.source(),
                count(outcome, FindingSeverity.ERROR), count(outcome, FindingSeverity.WARNING),
                outcome.result().findings(), outcome.result().plan());
        return dryRun ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/plans/" + outcome.planId())).body(body);
    }

    private static long count(PlanImports.PlanImport outcome, FindingSeverity severity) {
        return outcome.result().findings().stream().filter(finding -> finding.severity() == severity).count();
    }

    private static String fileNameOf(String fileName, HttpServletRequest request) {
        if (fileName != null && !fileName.isBlank()) {
            return fileName;
        }
        String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            String named = ContentDisposition.parse(disposition).getFilename();
            if (named != null && !named.isBlank()) {
                return named;
            }
        }
        return "documento";
    }
}

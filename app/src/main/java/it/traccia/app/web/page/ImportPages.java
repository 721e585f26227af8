package it.traccia.app.web.page;

import it.traccia.app.imports.PlanImports;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.UnreadableDocument;
import it.traccia.kernel.rule.Violation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The import of a draft from its Word document or text export (importazione), in two steps: the upload shows the plan
 * as read with every finding beside its row (the API's dry run), then "Importa" creates it from the same bytes, kept
 * in the user's session meanwhile, and leads to the findings to resolve.
 */
@Controller
class ImportPages {

    /** The session attribute that holds the document of the preview shown, until it is imported or replaced. */
    static final String PENDING = "traccia.pendingImport";

    private final PlanImports imports;
    private final CurrentActor actor;

    ImportPages(PlanImports imports, CurrentActor actor) {
        this.imports = imports;
        this.actor = actor;
    }

    @GetMapping("/importa")
    String uploadForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "importa";
    }

    @PostMapping("/importa")
    String preview(@RequestPart(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
                   HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new UnreadableDocument("non è stato scelto nessun file");
            }
            String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "documento" : file.getOriginalFilename();
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = imports.readBounded(in, file.getSize());
            }
            PlanImports.PlanImport outcome = imports.preview(fileName, content, segretario());
            PendingImport pending = new PendingImport(UUID.randomUUID().toString(), fileName, content);
            session.setAttribute(PENDING, pending);
            model.addAttribute("preview", ImportPreview.of(pending.token(), outcome.source(), outcome.result()));
            model.addAttribute("errors", FormErrors.none());
            return "importa";
        } catch (RuleViolation refused) {
            return refusedUpload(refused, model, response);
        }
    }

    @PostMapping("/importa/conferma")
    String importPlan(@RequestParam(required = false) String token, HttpSession session, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        Object held = session.getAttribute(PENDING);
        if (!(held instanceof PendingImport pending) || !pending.token().equals(token)) {
            return refusedUpload(new ImportPreviewExpired(), model, response);
        }
        PlanImports.PlanImport outcome;
        try {
            outcome = imports.importPlan(pending.fileName(), pending.content(), segretario());
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            PlanImports.PlanImport preview = imports.preview(pending.fileName(), pending.content(), segretario());
            model.addAttribute("preview", ImportPreview.of(pending.token(), preview.source(), preview.result()));
            model.addAttribute("importRefusals", refused.violations().stream().map(Violation::message)
                    .toList());
            model.addAttribute("errors", FormErrors.none());
            return "importa";
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("notice", "import.done");
        return "redirect:/piani/" + outcome.planId() + "/rilievi";
    }

    private static String refusedUpload(RuleViolation refused, Model model, HttpServletResponse response) {
        response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
        model.addAttribute("errors", FormErrors.of(refused, Set.of("file")));
        return "importa";
    }

    private Function<OrganisationId, Actor> segretario() {
        return organisation -> actor.segretarioOf(organisation, "importare un piano");
    }

    /** The document of the preview shown, kept in the session (at most the importer's limit of bytes) until imported. */
    record PendingImport(String token, String fileName, byte[] content) implements Serializable {
    }
}

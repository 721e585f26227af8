package it.traccia.app.demo;

import it.traccia.app.imports.PlanImports;
import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import it.traccia.kernel.rule.PlanAlreadyExists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Imports the real draft of the Comune di Monte Cremasco (bozza 2026) as the demo Segretario at the first start on
 * embedded stores, through the same import as any user's, so that a fresh clone opens on a real plan with its findings.
 * Later starts find the plan already there and leave it as it is.
 */
@Component
@ConditionalOnProperty(name = "traccia.demo.plan", havingValue = "true")
public class DemoPlanLoader implements ApplicationRunner {

    static final String DEMO_DRAFT = "demo/monte-cremasco-2026-bozza.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final PlanImports imports;

    public DemoPlanLoader(PlanImports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        byte[] draft;
        try (InputStream content = new ClassPathResource(DEMO_DRAFT).getInputStream()) {
            draft = content.readAllBytes();
        }
        try {
            PlanImports.PlanImport imported = imports.importPlan("monte-cremasco-2026-bozza.txt", draft,
                    new Actor("segretario", Role.SEGRETARIO));
            LOG.info("Demo plan imported: /api/plans/{} ({} findings)", imported.planId(), imported.result().findings().size());
        } catch (PlanAlreadyExists alreadyLoaded) {
            LOG.info("Demo plan already present");
        }
    }
}

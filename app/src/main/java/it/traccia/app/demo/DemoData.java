package it.traccia.app.demo;

import it.traccia.app.imports.PlanImports;
import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.organisation.Directory;
import it.traccia.app.security.DemoUsers;
import it.traccia.app.web.plan.PlanIds;
import it.traccia.kernel.Achievement;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.Measurement;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.command.CompletePhase;
import it.traccia.kernel.monitoring.command.RecordIndicatorValue;
import it.traccia.kernel.monitoring.command.RecordProgress;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.AssignStructureHead;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.kernel.rule.PlanAlreadyExists;
import it.traccia.workflow.submission.PlanSubmissions;
import it.traccia.workflow.task.GiuntaTasks;
import it.traccia.workflow.task.OpenTask;
import it.traccia.workflow.task.TaskDecision;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demo data of the embedded set-up (dati dimostrativi), recorded at the first start through the same commands as
 * any user's: two comuni registered by the demo administrator, the memberships of the demo users, the real draft of
 * the Comune di Monte Cremasco (bozza 2026) imported by its Segretario with its findings and Segreteria headed by
 * {@code resp-segreteria}, and a small plan of the Comune di Vailate for its own Segretario, {@code segretario-2},
 * adopted by its Giunta ({@code giunta} there too) and monitored: a phase completed late, one overdue, a measured value.
 * Later starts find everything there and change nothing.
 */
@Component
@ConditionalOnProperty(name = "traccia.demo.plan", havingValue = "true")
public class DemoData implements ApplicationRunner {

    static final String MONTE_CREMASCO = "Comune di Monte Cremasco";
    static final String VAILATE = "Comune di Vailate";
    static final String DEMO_DRAFT = "demo/monte-cremasco-2026-bozza.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor ADMIN = new Actor(DemoUsers.ADMIN, Role.ADMIN);
    private static final String DEMO_REASON = "Utenti dimostrativi dell'installazione di prova";

    private final CommandGateway commandGateway;
    private final PlanCommands commands;
    private final PlanImports imports;
    private final QueryGateway queries;
    private final Directory directory;
    private final PlanSubmissions submissions;
    private final GiuntaTasks tasks;
    private final Clock clock;

    public DemoData(CommandGateway commandGateway, PlanCommands commands, PlanImports imports, QueryGateway queries,
                    Directory directory, PlanSubmissions submissions, GiuntaTasks tasks, Clock clock) {
        this.commandGateway = commandGateway;
        this.commands = commands;
        this.imports = imports;
        this.queries = queries;
        this.directory = directory;
        this.submissions = submissions;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        OrganisationId monteCremasco = register(MONTE_CREMASCO, "Cremona");
        OrganisationId vailate = register(VAILATE, "Cremona");
        grant(monteCremasco, DemoUsers.SEGRETARIO, Role.SEGRETARIO);
        grant(monteCremasco, DemoUsers.RESPONSABILE_SEGRETERIA, Role.RESPONSABILE);
        grant(monteCremasco, DemoUsers.RESPONSABILE_TECNICA, Role.RESPONSABILE);
        grant(monteCremasco, DemoUsers.GIUNTA, Role.GIUNTA);
        grant(monteCremasco, DemoUsers.NDV, Role.NDV);
        grant(vailate, DemoUsers.SEGRETARIO_2, Role.SEGRETARIO);
        grant(vailate, DemoUsers.GIUNTA, Role.GIUNTA);
        importTheRealDraft(monteCremasco);
        defineTheVailatePlan(vailate);
    }

    private OrganisationId register(String name, String province) {
        OrganisationId id = OrganisationId.forName(name);
        if (directory.organisation(id).isEmpty()) {
            try {
                commandGateway.sendAndWait(new RegisterOrganisation(id, name, province, ADMIN));
            } catch (AggregateStreamCreationException registeredMeanwhile) {
                LOG.info("Demo organisation {} already registered", name);
            }
        }
        return id;
    }

    private void grant(OrganisationId organisation, String userId, Role role) {
        if (!directory.rolesIn(organisation, userId).contains(role)) {
            commandGateway.sendAndWait(new SetMemberRoles(organisation, userId, Set.of(role), DEMO_REASON, ADMIN));
        }
    }

    private void importTheRealDraft(OrganisationId monteCremasco) throws IOException {
        byte[] draft;
        try (InputStream content = new ClassPathResource(DEMO_DRAFT).getInputStream()) {
            draft = content.readAllBytes();
        }
        Actor segretario = new Actor(DemoUsers.SEGRETARIO, Role.SEGRETARIO);
        PlanId planId;
        try {
            PlanImports.PlanImport imported = imports.importPlan("monte-cremasco-2026-bozza.txt", draft,
                    organisation -> segretario);
            planId = imported.planId();
            LOG.info("Demo plan imported: /api/plans/{} ({} findings)", planId, imported.result().findings().size());
        } catch (PlanAlreadyExists alreadyLoaded) {
            LOG.info("Demo plan of {} already present", MONTE_CREMASCO);
            return;
        }
        PlanView plan = queries.query(new FindPlanQuery(planId, segretario.userId()), PlanView.class).join();
        StructureView segreteria = plan.structures().get(0);
        commands.send(new AssignStructureHead(planId, new StructureId(segreteria.id()), DemoUsers.RESPONSABILE_SEGRETERIA,
                segreteria.head(), segreteria.headTitle(), "Responsabile della Segreteria nel piano dimostrativo",
                segretario));
    }

    /**
     * The plan of Vailate, adopted and monitored, so that a fresh start shows monitoring: Area Tecnica, headed by its
     * Segretario, with the school works (design completed late, works overdue at 70%) and the building permits
     * (measured within their 60 days). Records dated after today are left out, so that any day of the triennio works.
     */
    private void defineTheVailatePlan(OrganisationId vailate) {
        Actor segretario = new Actor(DemoUsers.SEGRETARIO_2, Role.SEGRETARIO);
        PlanId planId = PlanIds.forOrganisationAndYear(vailate, 2026);
        try {
            commands.send(new DefinePlan(planId, vailate, VAILATE, "Cremona", 2026, 2028, 2026, segretario));
        } catch (AggregateStreamCreationException alreadyThere) {
            LOG.info("Demo plan of {} already present", VAILATE);
            return;
        }
        StructureId areaTecnica = new StructureId(idOf(planId, "structure/area-tecnica"));
        ObjectiveId school = new ObjectiveId(idOf(planId, "objective/1"));
        ObjectiveId permits = new ObjectiveId(idOf(planId, "objective/2"));
        PhaseId design = new PhaseId(idOf(planId, "objective/1/phase/1.1"));
        PhaseId works = new PhaseId(idOf(planId, "objective/1/phase/1.2"));
        commands.send(new AddStructure(planId, areaTecnica, "Area Tecnica", "Geom. Luca Bianchi", "Responsabile dell'Area",
                segretario));
        commands.send(new AssignStructureHead(planId, areaTecnica, DemoUsers.SEGRETARIO_2, "Geom. Luca Bianchi",
                "Responsabile dell'Area", "Il Segretario ne ha la responsabilità nel piano dimostrativo", segretario));
        commands.send(new DefineObjective(planId, areaTecnica, school, "1", ObjectiveKind.DEVELOPMENT,
                "Manutenzione straordinaria della scuola primaria, con i fondi del PNRR.", Weight.of("60"),
                "Avanzamento dei lavori secondo il cronoprogramma.", "Collaudo entro il 31.10.2026.",
                LocalDate.of(2026, 10, 31), segretario));
        commands.send(new DefinePhase(planId, school, design, "1.1", "Progettazione esecutiva e affidamento dei lavori.",
                Weight.of("40"), "Determina di affidamento", "Affidamento entro il 31.03.2026",
                LocalDate.of(2026, 3, 31), segretario));
        commands.send(new DefinePhase(planId, school, works, "1.2", "Esecuzione dei lavori e collaudo.", Weight.of("60"),
                "Stati di avanzamento dei lavori", "Collaudo entro il 31.10.2026", LocalDate.of(2026, 10, 31),
                segretario));
        commands.send(new DefineObjective(planId, areaTecnica, permits, "2", ObjectiveKind.MAINTENANCE,
                "Rilascio dei titoli edilizi nei termini di legge.", Weight.of("40"),
                "Tempi medi di rilascio dei permessi di costruire.", "Rilascio entro i 60 gg dalla domanda completa.",
                LocalDate.of(2026, 12, 31), segretario));
        adopt(planId);
        monitor(planId, design, works, permits, segretario);
        LOG.info("Demo plan of {} adopted and monitored: /piani/{}/avanzamento", VAILATE, planId);
    }

    /** Sends the plan to the Giunta through its approval route, and approves it with delibera n. 8 of 20.01.2026. */
    private void adopt(PlanId planId) {
        submissions.submit(planId, new Actor(DemoUsers.SEGRETARIO_2, Role.SEGRETARIO));
        Actor giunta = new Actor(DemoUsers.GIUNTA, Role.GIUNTA);
        OpenTask task = tasks.openTasksFor(giunta).stream().filter(open -> open.planId().equals(planId.value()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Giunta task for the demo plan " + planId));
        tasks.complete(task.id(), new TaskDecision.Approve("8", LocalDate.of(2026, 1, 20)), giunta);
    }

    private void monitor(PlanId planId, PhaseId design, PhaseId works, ObjectiveId permits, Actor segretario) {
        LocalDate today = LocalDate.now(clock);
        LocalDate designDone = LocalDate.of(2026, 4, 15);
        if (!designDone.isAfter(today)) {
            commands.send(new CompletePhase(planId, design, null, new Completion(designDone, Achievement.FULL,
                    "Affidamento con due settimane di ritardo per un ricorso al TAR", List.of()), segretario));
        }
        LocalDate worksAsOf = LocalDate.of(2026, 9, 30);
        if (!worksAsOf.isAfter(today)) {
            commands.send(new RecordProgress(planId, ElementKind.PHASE, works.value(), null,
                    new ProgressState(worksAsOf, Achievement.of("70"), "Terzo stato di avanzamento dei lavori"),
                    segretario));
            commands.send(new RecordIndicatorValue(planId, permits.value(), null,
                    new Measurement(new BigDecimal("48"), "giorni", worksAsOf, "Registro delle pratiche edilizie"),
                    segretario));
        }
    }

    private static String idOf(PlanId planId, String position) {
        return UUID.nameUUIDFromBytes((planId + "/" + position).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

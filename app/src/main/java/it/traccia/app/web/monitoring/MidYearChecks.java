package it.traccia.app.web.monitoring;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.approval.PlanVersions;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.query.FindMidYearCheckQuery;
import it.traccia.kernel.monitoring.query.MidYearCheckView;
import it.traccia.kernel.monitoring.query.ProgressView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.plan.query.monitoring.ProgressViews;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The verifiche intermedie of a plan (mid-year checks): recorded by the Segretario, each read back with the progress
 * exactly as it stood when recorded, against the version then in force.
 */
@Component
public class MidYearChecks {

    private final PlanCommands commands;
    private final PlanVersions versions;
    private final QueryGateway queries;
    private final CurrentActor actor;

    MidYearChecks(PlanCommands commands, PlanVersions versions, QueryGateway queries, CurrentActor actor) {
        this.commands = commands;
        this.versions = versions;
        this.queries = queries;
        this.actor = actor;
    }

    /** Records the check and answers with its number. */
    public int record(String planId, MidYearCheckRequest request) {
        return commands.<Integer>sendForAnswer(request.toCommand(planId, actor.onPlan(planId)));
    }

    /** One check with its frozen progress; {@link UnknownMidYearCheck} when the plan has no check of that number. */
    public MidYearCheck check(String planId, int number) {
        PlanView current = versions.current(planId);
        MidYearCheckView check = queries.query(new FindMidYearCheckQuery(new PlanId(planId), number, actor.userId()),
                ResponseTypes.instanceOf(MidYearCheckView.class)).join();
        if (check == null) {
            throw new UnknownMidYearCheck(planId, number);
        }
        ProgressView progress = ProgressViews.of(versions.adopted(planId, check.version()), current, check.records());
        return new MidYearCheck(check.number(), check.version(), check.asOf(), check.notes(), check.recordedBy(),
                check.role(), check.recordedAt(), progress);
    }

    /** A verifica intermedia as the API and the pages show it. */
    public record MidYearCheck(int number, int version, LocalDate asOf, String notes, String recordedBy, Role role,
                               Instant recordedAt, ProgressView progress) {
    }
}

package it.traccia.app.web.monitoring;

import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.InvalidChoice;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.query.DeadlineStatus;
import it.traccia.kernel.monitoring.query.DeadlineView;
import it.traccia.kernel.monitoring.query.DeadlinesView;
import it.traccia.kernel.plan.query.FindReadablePlansQuery;
import it.traccia.kernel.plan.query.PlanSummariesView;
import it.traccia.kernel.plan.query.PlanSummaryView;
import it.traccia.plan.query.monitoring.Deadlines;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadlines of the plans in force (scadenze) on the application's clock: of one plan, filtered by status, and
 * across the plans a user may read, for *Le mie scadenze*: what is overdue or falls due within a period, where a
 * Responsabile sees the structures they head and the other members of an ente every structure.
 */
@Component
public class PlanDeadlines {

    private static final Pattern DAYS = Pattern.compile("P([1-9][0-9]{0,2})D");
    private static final int MAX_DAYS = 366;

    private final PlanProgress progress;
    private final QueryGateway queries;
    private final Directory directory;
    private final CurrentActor actor;
    private final Clock clock;
    private final Period warning;

    PlanDeadlines(PlanProgress progress, QueryGateway queries, Directory directory,
                  CurrentActor actor, Clock clock,
                  @Value("${traccia.monitoring.warning-period:P15D}") Period warning) {
        this.progress = progress;
        this.queries = queries;
        this.directory = directory;
        this.actor = actor;
        this.clock = clock;
        this.warning = warning;
    }

    /** Every deadline of the plan in force, or only those of one status ({@code null} for all). */
    public DeadlinesView ofPlan(String planId, String status) {
        DeadlineStatus wanted = status == null || status.isBlank() ? null : statusOf(status);
        LocalDate today = today();
        List<DeadlineView> deadlines = Deadlines.of(progress.of(planId), today, warning).stream()
                .filter(deadline -> wanted == null || deadline.status() == wanted).toList();
        return new DeadlinesView(today, deadlines);
    }

    /**
     * What is overdue, or not completed and due within {@code within} ({@code P30D} unless given), across the plans
     * in force that the user may read; a Responsabile's own structures only.
     */
    public DeadlinesView ofCaller(String within) {
        Period period = periodOf(within == null || within.isBlank() ? "P30D" : within);
        LocalDate today = today();
        return new DeadlinesView(today, pendingFor(actor.userId(), today, period, false));
    }

    /**
     * What is overdue or due within the period, not completed, across the plans in force the user reads: only the
     * structures the user heads when {@code headedOnly} (or when the user is a Responsabile and nothing else there).
     */
    public List<DeadlineView> pendingFor(String userId, LocalDate today, Period period, boolean headedOnly) {
        LocalDate until = today.plus(period);
        List<DeadlineView> deadlines = new ArrayList<>();
        PlanSummariesView readable = queries.query(new FindReadablePlansQuery(userId), PlanSummariesView.class).join();
        for (PlanSummaryView plan : readable.plans()) {
            if (plan.status() != PlanStatus.ADOPTED && plan.version() == 1) {
                continue;
            }
            Set<Role> roles = directory.rolesIn(new OrganisationId(plan.organisationId()), userId);
            boolean ownStructuresOnly = headedOnly || roles.equals(Set.of(Role.RESPONSABILE));
            for (DeadlineView deadline : Deadlines.of(progress.of(plan.id(), userId), today, warning)) {
                boolean pending = deadline.status() == DeadlineStatus.OVERDUE || (deadline.completedOn() == null
                        && !deadline.deadline().isAfter(until));
                if (pending && (!ownStructuresOnly || userId.equals(deadline.headUserId()))) {
                    deadlines.add(deadline);
                }
            }
        }
        deadlines.sort(Deadlines.MOST_URGENT_FIRST);
        return deadlines;
    }

    /** The warning period: an element is due soon from this long before its deadline. */
    public Period warning() {
        return warning;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static DeadlineStatus statusOf(String status) {
        try {
            return DeadlineStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidChoice("status", status, DeadlineStatus.values());
        }
    }

    private static Period periodOf(String within) {
        Matcher days = DAYS.matcher(within);
        if (!days.matches() || Integer.parseInt(days.group(1)) > MAX_DAYS) {
            throw new InvalidPeriod("within", within);
        }
        return Period.ofDays(Integer.parseInt(days.group(1)));
    }
}

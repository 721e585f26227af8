package it.traccia.plan.command;

import it.traccia.kernel.PlanId;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the version in force of a plan for a monitoring command (piani vigenti), by loading the plan aggregate in the
 * command's unit of work: the rules are checked against the plan as it stands, its heads included, under the same
 * lock as the plan's own commands (docs/adr/0019).
 */
public class PlansInForce {

    private final Function<PlanId, VersionInForce> versions;

    PlansInForce(Function<PlanId, VersionInForce> versions) {
        this.versions = versions;
    }

    /** The versions in force of the plans that the repository loads (Axon's, with its cache and locks). */
    public static PlansInForce loadedFrom(Supplier<Repository<Plan>> plans) {
        return new PlansInForce(planId -> {
            try {
                return plans.get().load(planId.value()).invoke(Plan::versionInForce);
            } catch (AggregateNotFoundException unknown) {
                throw new UnknownPlan(planId.value());
            }
        });
    }

    /** The plan's version in force; {@link UnknownPlan} when there is no such plan, {@code PlanNotAdopted} before adoption. */
    VersionInForce of(PlanId planId) {
        return versions.apply(planId);
    }
}

package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;

/** A command addressed to one plan (piano), always saying who sends it. */
public interface PlanCommand {

    PlanId planId();

    Actor actor();
}

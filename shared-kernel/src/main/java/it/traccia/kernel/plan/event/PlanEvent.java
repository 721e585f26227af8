package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;

/** A fact about one plan (piano), always saying who caused it; when is the event's own timestamp. */
public interface PlanEvent {

    PlanId planId();

    Actor actor();
}

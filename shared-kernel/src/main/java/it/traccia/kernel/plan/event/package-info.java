/** Events of the plan: past-tense facts, each recording who did it and, for weights, why. Names are permanent. */
package it.traccia.kernel.plan.event;

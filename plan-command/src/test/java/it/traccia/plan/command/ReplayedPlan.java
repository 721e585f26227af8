package it.traccia.plan.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/** A plan rebuilt in memory from given events, through its own event-sourcing handlers, for the monitoring tests. */
final class ReplayedPlan {

    private ReplayedPlan() {
    }

    static Plan of(List<Object> events) {
        Plan plan = new Plan();
        for (Object event : events) {
            try {
                Method handler = Plan.class.getDeclaredMethod("on", event.getClass());
                handler.setAccessible(true);
                handler.invoke(plan, event);
            } catch (NoSuchMethodException | IllegalAccessException failure) {
                throw new IllegalArgumentException("The plan has no handler for " + event, failure);
            } catch (InvocationTargetException failure) {
                throw new IllegalStateException(failure.getCause());
            }
        }
        return plan;
    }
}

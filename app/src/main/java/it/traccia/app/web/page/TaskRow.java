package it.traccia.app.web.page;

import it.traccia.kernel.plan.query.PlanView;
import it.traccia.workflow.task.OpenTask;

import java.util.List;

/** One open task as the lists show it (attività in elenco): the task and the plan it decides, by comune and year. */
public record TaskRow(OpenTask task, PlanView plan) {

    static List<TaskRow> of(List<OpenTask> tasks, ReadablePlans plans) {
        return tasks.stream().map(task -> new TaskRow(task, plans.plan(task.planId()))).toList();
    }
}

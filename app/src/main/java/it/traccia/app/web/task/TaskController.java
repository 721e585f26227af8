package it.traccia.app.web.task;

import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.Role;
import it.traccia.workflow.task.GiuntaTasks;
import it.traccia.workflow.task.OpenTask;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The tasks (attività) of the approval route: those the current user may complete, and their completion. */
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
public class TaskController {

    private final GiuntaTasks tasks;
    private final ReadModelConsistency readModels;
    private final CurrentActor actor;

    TaskController(GiuntaTasks tasks, ReadModelConsistency readModels, CurrentActor actor) {
        this.tasks = tasks;
        this.readModels = readModels;
        this.actor = actor;
    }

    /** The tasks offered to the Giunta of every comune in whose Giunta the user sits, and those assigned to the user. */
    @GetMapping
    List<OpenTask> openTasks() {
        return tasks.openTasksFor(actor.asGiunta());
    }

    /** Completes a Giunta task with its decision; 204 once the decision is recorded on the plan. */
    @Allowed(Role.GIUNTA)
    @PostMapping(path = "/{taskId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody CompleteTaskRequest request) {
        tasks.complete(taskId, request.toDecision(), actor.asGiunta());
        readModels.awaitOwnWrites();
        return ResponseEntity.noContent().build();
    }
}

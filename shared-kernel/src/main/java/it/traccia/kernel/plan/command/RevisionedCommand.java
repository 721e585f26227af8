package it.traccia.kernel.plan.command;

/**
 * A command on an objective or phase that may carry the revision (revisione) its author saw; when it does and the
 * element has changed since, the command is refused instead of overwriting someone else's edit.
 */
public interface RevisionedCommand extends PlanCommand {

    /** The revision the author saw, or {@code null} to change whatever is current. */
    Long expectedRevision();
}

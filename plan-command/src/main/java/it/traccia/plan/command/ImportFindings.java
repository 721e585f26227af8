package it.traccia.plan.command;

import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings (rilievi) of the plan's import, numbered from 1 in the order the import listed them, and the numbers of
 * those marked as resolved. A plan that was not imported has none.
 */
record ImportFindings(List<ImportFinding> findings, Set<Integer> resolved) {

    static final ImportFindings NONE = new ImportFindings(List.of(), Set.of());

    ImportFindings {
        findings = findings == null ? List.of() : List.copyOf(findings);
        resolved = Set.copyOf(resolved);
    }

    static ImportFindings of(List<ImportFinding> findings) {
        return new ImportFindings(findings, Set.of());
    }

    int count() {
        return findings.size();
    }

    boolean has(int number) {
        return number >= 1 && number <= findings.size();
    }

    /** The finding of the given number, counting from 1; see {@link #has}. */
    ImportFinding numbered(int number) {
        return findings.get(number - 1);
    }

    boolean isResolved(int number) {
        return resolved.contains(number);
    }

    /** Whether the finding blocks the submission: an error nobody has marked as resolved. */
    boolean blocksSubmission(int number) {
        return numbered(number).severity() == FindingSeverity.ERROR && !isResolved(number);
    }

    ImportFindings withResolved(int number) {
        Set<Integer> nowResolved = new HashSet<>(resolved);
        nowResolved.add(number);
        return new ImportFindings(findings, nowResolved);
    }
}

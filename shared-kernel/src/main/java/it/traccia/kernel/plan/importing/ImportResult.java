package it.traccia.kernel.plan.importing;

import java.util.List;

/** What reading a draft gives (esito della lettura): the plan as written and every finding, errors first by line. */
public record ImportResult(ImportedPlan plan, List<ImportFinding> findings) {

    public ImportResult {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == FindingSeverity.ERROR);
    }
}

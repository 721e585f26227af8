package it.traccia.plan.command;

import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.PlanNotSubmitted;
import it.traccia.kernel.rule.StaleVersion;

import java.time.LocalDate;

/**
 * Where a plan is on its way to adoption (iter del piano): its status (bozza, trasmesso, adottato), the version it is
 * at, the last version the Giunta adopted (the one in force), and the warnings about the legal deadline recorded for
 * the current version. It answers the questions the handlers ask before they act, and moves only by the plan's events.
 */
final class PlanLifecycle {

    private static final int FIRST_VERSION = 1;
    private static final int NONE = 0;

    private PlanStatus status = PlanStatus.DRAFT;
    /** The version the plan is at: 1 from its definition, one more with each variation. */
    private int version = FIRST_VERSION;
    private int adoptedVersion = NONE;
    private DeadlineWarnings deadlineWarnings = DeadlineWarnings.NONE;

    int version() {
        return version;
    }

    PlanStatus status() {
        return status;
    }

    /** Whether the Giunta ever adopted a version: then one is in force, also while a variation is in draft. */
    boolean hasVersionInForce() {
        return adoptedVersion != NONE;
    }

    /** The last version the Giunta adopted, or {@link PlanNotAdopted} when none was. */
    int versionInForce() {
        if (!hasVersionInForce()) {
            throw PlanNotAdopted.forMonitoring(status.name());
        }
        return adoptedVersion;
    }

    void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new PlanNotInDraft(status.name());
        }
    }

    void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new PlanNotSubmitted(status.name());
        }
    }

    void requireAdopted() {
        if (status != PlanStatus.ADOPTED) {
            throw new PlanNotAdopted(status.name());
        }
    }

    /** A step of the approval route taken on an older version is refused rather than applied to the current one. */
    void requireCurrentVersion(int seen) {
        if (seen != version) {
            throw new StaleVersion(seen, version);
        }
    }

    /** Whether a warning that the deadline is near, sent for this version, is news (see {@link DeadlineWarnings}). */
    boolean deadlineNearIsNews(int warnedVersion, LocalDate deadline, LocalDate today) {
        return awaitsAdoption(warnedVersion) && deadlineWarnings.nearIsNews(deadline, today);
    }

    /** Whether a warning that the deadline passed, sent for this version, is news. */
    boolean deadlineMissedIsNews(int warnedVersion) {
        return awaitsAdoption(warnedVersion) && deadlineWarnings.missedIsNews();
    }

    /** Whether the version is the current one and not adopted yet: the only one a deadline warning concerns. */
    private boolean awaitsAdoption(int warnedVersion) {
        return warnedVersion == version && status != PlanStatus.ADOPTED;
    }

    void submitted() {
        status = PlanStatus.SUBMITTED;
    }

    void returned() {
        status = PlanStatus.DRAFT;
    }

    void adopted() {
        status = PlanStatus.ADOPTED;
        adoptedVersion = version;
    }

    /** The draft of the next version starts as a copy of the adopted one, which stays in force until adopted itself. */
    void variationOpened(int nextVersion) {
        status = PlanStatus.DRAFT;
        version = nextVersion;
        deadlineWarnings = DeadlineWarnings.NONE;
    }

    void deadlineNear() {
        deadlineWarnings = deadlineWarnings.withNear();
    }

    void deadlineMissed() {
        deadlineWarnings = deadlineWarnings.withMissed();
    }
}

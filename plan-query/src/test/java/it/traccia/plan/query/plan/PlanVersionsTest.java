package it.traccia.plan.query.plan;

import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.query.AdoptionView;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindPlanVersionQuery;
import it.traccia.kernel.plan.query.FindPlanVersionsQuery;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PlanVersionSummaryView;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.plan.query.InMemoryMongo;
import it.traccia.plan.query.MonteCremasco;
import it.traccia.plan.query.PlanHistory;
import it.traccia.plan.query.Queries;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static it.traccia.plan.query.MonteCremasco.ORGANISATION;
import static it.traccia.plan.query.MonteCremasco.PLAN;
import static it.traccia.plan.query.MonteCremasco.aBalancedPlan;
import static it.traccia.plan.query.MonteCremasco.anAdoptedPlan;
import static it.traccia.plan.query.MonteCremasco.approvalDeadlineNear;
import static it.traccia.plan.query.MonteCremasco.firstAdoption;
import static it.traccia.plan.query.MonteCremasco.objective6Revised;
import static it.traccia.plan.query.MonteCremasco.objective6WeightChangedTo25;
import static it.traccia.plan.query.MonteCremasco.objective7Removed;
import static it.traccia.plan.query.MonteCremasco.phase61WeightChangedTo60;
import static it.traccia.plan.query.MonteCremasco.planSubmitted;
import static it.traccia.plan.query.MonteCremasco.secondAdoption;
import static it.traccia.plan.query.MonteCremasco.secondVariationOpened;
import static it.traccia.plan.query.MonteCremasco.variationOpened;
import static org.assertj.core.api.Assertions.assertThat;

/** The adopted versions (versioni adottate) that {@link PlanProjection} freezes and answers. */
class PlanVersionsTest {

    private InMemoryMongo mongo;
    private PlanProjection projection;

    @BeforeEach
    void startMongo() {
        mongo = new InMemoryMongo();
        projection = new PlanProjection(mongo.template(), MonteCremasco.readers());
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void freezesTheVersionExactlyAsItWasAdopted() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anAdoptedPlan());
        history.deliverTo(projection);

        PlanView version1 = version(1);

        assertThat(version1).isEqualTo(findPlan());
        assertThat(version1.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(version1.version()).isEqualTo(1);
        assertThat(version1.adoption()).isEqualTo(new AdoptionView("12", LocalDate.of(2026, 2, 10),
                PlanHistory.occurredAt(history.lastSequence()), "giunta", Role.GIUNTA));
        assertThat(version1.structures().get(0).objectives()).hasSize(7);
    }

    @Test
    void keepsTheAdoptedVersionUnchangedWhileTheVariationIsEdited() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anAdoptedPlan());
        history.deliverTo(projection);
        PlanView adopted = version(1);
        List<Document> storedVersions = mongo.documentsOf(PlanVersionDocument.COLLECTION);

        history.then(variationOpened(), objective6WeightChangedTo25(), objective6Revised(), phase61WeightChangedTo60(),
                objective7Removed()).deliverTo(projection);

        ObjectiveView draftObjective6 = findPlan().structures().get(0).objectives().get(5);
        assertThat(findPlan().version()).isEqualTo(2);
        assertThat(draftObjective6.weight()).isEqualByComparingTo("25");
        assertThat(findPlan().structures().get(0).objectives()).hasSize(6);
        assertThat(version(1)).isEqualTo(adopted);
        assertThat(version(1).structures().get(0).objectives().get(5).weight()).isEqualByComparingTo("30");
        assertThat(version(1).structures().get(0).objectives()).hasSize(7);
        assertThat(mongo.documentsOf(PlanVersionDocument.COLLECTION)).isEqualTo(storedVersions);
    }

    @Test
    void listsTheAdoptedVersionsOldestFirstEachWithItsDelibera() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anAdoptedPlan())
                .then(variationOpened(), objective6WeightChangedTo25(), objective7Removed(), planSubmitted(2),
                        secondAdoption());
        history.deliverTo(projection);

        PlanVersionsView versions = versions(PLAN);

        assertThat(versions.planId()).isEqualTo(PLAN.value());
        assertThat(versions.versions()).containsExactly(
                new PlanVersionSummaryView(1, new AdoptionView("12", LocalDate.of(2026, 2, 10),
                        PlanHistory.occurredAt(history.lastSequence() - 5), "giunta", Role.GIUNTA)),
                new PlanVersionSummaryView(2, new AdoptionView("48", LocalDate.of(2026, 7, 15),
                        PlanHistory.occurredAt(history.lastSequence()), "giunta", Role.GIUNTA)));
        assertThat(version(2)).isEqualTo(findPlan());
        assertThat(version(2).structures().get(0).objectives()).extracting(ObjectiveView::number)
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(version(2).structures().get(0).objectives().get(5).weight()).isEqualByComparingTo("25");
        assertThat(version(1).structures().get(0).objectives()).extracting(ObjectiveView::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(version(1).adoption().resolutionNumber()).isEqualTo("12");
    }

    @Test
    void listsNoVersionsBeforeTheFirstAdoptionAndNothingForAnUnknownPlan() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(planSubmitted(1)).deliverTo(projection);

        assertThat(versions(PLAN)).isEqualTo(new PlanVersionsView(PLAN.value(), List.of()));
        assertThat(versions(new PlanId("monte-cremasco-2027"))).isNull();
        assertThat(version(1)).isNull();
    }

    @Test
    void answersNothingForAVersionNeverAdopted() {
        new PlanHistory(ORGANISATION).then(anAdoptedPlan()).then(variationOpened(), planSubmitted(2))
                .deliverTo(projection);

        assertThat(version(1)).isNotNull();
        assertThat(version(2)).isNull();
        assertThat(version(3)).isNull();
        assertThat(Queries.ask(projection, new FindPlanVersionQuery(new PlanId("monte-cremasco-2027"), 1, MonteCremasco.READER),
                PlanView.class))
                .isNull();
    }

    @Test
    void storesOneFrozenDocumentPerVersionWithTheOrganisation() {
        new PlanHistory(ORGANISATION).then(anAdoptedPlan())
                .then(variationOpened(), objective6WeightChangedTo25(), planSubmitted(2), secondAdoption())
                .deliverTo(projection);

        List<Document> stored = mongo.documentsOf(PlanVersionDocument.COLLECTION);

        assertThat(stored).extracting(document -> document.getString("_id"))
                .containsExactlyInAnyOrder("monte-cremasco-2026:1", "monte-cremasco-2026:2");
        assertThat(stored).allSatisfy(document -> {
            assertThat(document.getString("planId")).isEqualTo(PLAN.value());
            assertThat(document.getString("organisation")).isEqualTo(ORGANISATION);
        });
        assertThat(mongo.documentsOf(PlanDocument.COLLECTION)).hasSize(1);
    }

    @Test
    void changesNothingWhenTheAdoptionIsRedelivered() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anAdoptedPlan())
                .then(variationOpened(), objective6WeightChangedTo25());
        history.deliverTo(projection);
        List<Document> storedVersions = mongo.documentsOf(PlanVersionDocument.COLLECTION);
        PlanView before = findPlan();

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence() - 2)));

        assertThat(mongo.documentsOf(PlanVersionDocument.COLLECTION)).isEqualTo(storedVersions);
        assertThat(findPlan()).isEqualTo(before);
    }

    @Test
    void writesTheSameVersionWhenTheAdoptionIsRedeliveredAfterACrashBeforeThePlanWasSaved() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anAdoptedPlan());
        PlanHistory.deliver(projection, history.messages().subList(0, (int) history.lastSequence()));
        Document planBeforeTheAdoption = mongo.documentsOf(PlanDocument.COLLECTION).get(0);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence())));
        List<Document> storedVersions = mongo.documentsOf(PlanVersionDocument.COLLECTION);
        PlanView adopted = findPlan();

        mongo.template().getCollection(PlanDocument.COLLECTION).replaceOne(eq("_id", PLAN.value()), planBeforeTheAdoption);
        assertThat(findPlan().status()).isEqualTo(PlanStatus.SUBMITTED);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence())));

        assertThat(mongo.documentsOf(PlanVersionDocument.COLLECTION)).isEqualTo(storedVersions);
        assertThat(findPlan()).isEqualTo(adopted);
        assertThat(version(1)).isEqualTo(adopted);
    }

    @Test
    void rebuildsTheSameVersionsAfterAResetAndAReplay() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(approvalDeadlineNear(1), planSubmitted(1), firstAdoption(), variationOpened(),
                        objective6WeightChangedTo25(), planSubmitted(2), secondAdoption(), secondVariationOpened(),
                        objective7Removed());
        history.deliverTo(projection);
        PlanVersionsView versionsBefore = versions(PLAN);
        PlanView version1 = version(1);
        PlanView version2 = version(2);
        PlanView current = findPlan();

        PlanHistory.reset(projection);
        assertThat(versions(PLAN)).isNull();
        assertThat(version(1)).isNull();
        assertThat(mongo.documentsOf(PlanVersionDocument.COLLECTION)).isEmpty();
        history.deliverTo(projection);

        assertThat(versions(PLAN)).isEqualTo(versionsBefore);
        assertThat(versionsBefore.versions()).extracting(PlanVersionSummaryView::version).containsExactly(1, 2);
        assertThat(version(1)).isEqualTo(version1);
        assertThat(version(1).approvalDeadline()).isNotNull();
        assertThat(version(2)).isEqualTo(version2);
        assertThat(findPlan()).isEqualTo(current);
        assertThat(current.version()).isEqualTo(3);
    }

    private PlanView findPlan() {
        return Queries.ask(projection, new FindPlanQuery(PLAN, MonteCremasco.READER), PlanView.class);
    }

    private PlanView version(int version) {
        return Queries.ask(projection, new FindPlanVersionQuery(PLAN, version, MonteCremasco.READER), PlanView.class);
    }

    private PlanVersionsView versions(PlanId planId) {
        return Queries.ask(projection, new FindPlanVersionsQuery(planId, MonteCremasco.READER), PlanVersionsView.class);
    }
}

package it.traccia.plan.query.diff;

import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.query.ElementDifferenceView;
import it.traccia.kernel.plan.query.FieldChange;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanDifferenceView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanDiffTest {

    private static final LocalDate END_OF_YEAR = LocalDate.of(2026, 12, 31);

    @Test
    void findsNothingBetweenAVersionAndItself() {
        PlanView plan = plan(1, List.of(objective("o1", "1", "60", "Trasparenza", List.of(phase("p1", "1.1", "100"))),
                objective("o2", "2", "40", "Bilancio", List.of())));

        assertThat(PlanDiff.between(plan, plan).none()).isTrue();
    }

    @Test
    void listsAddedRemovedAndChangedElementsWithWeightsFirst() {
        PlanView adopted = plan(1, List.of(
                objective("o1", "1", "60", "Trasparenza", List.of(phase("p1", "1.1", "100"))),
                objective("o2", "2", "40", "Bilancio", List.of()),
                objective("o3", "3", "0", "Archivio", List.of())));
        PlanView draft = plan(2, List.of(
                objective("o1", "1", "60", "Trasparenza e anticorruzione", List.of(phase("p1", "1.1", "100"))),
                objective("o2", "2", "33.33", "Bilancio", List.of()),
                objective("o4", "3", "66.67", "Digitale", List.of())));

        PlanDifferenceView difference = PlanDiff.between(adopted, draft);

        assertThat(difference.from()).isEqualTo(1);
        assertThat(difference.to()).isEqualTo(2);
        assertThat(difference.added()).extracting(ElementDifferenceView::subject).containsExactly("Segreteria › obiettivo 3");
        assertThat(difference.added().get(0).changes()).first().isEqualTo(new FieldChange("weight", null, "66.67"));
        assertThat(difference.removed()).extracting(ElementDifferenceView::id).containsExactly("o3");
        assertThat(difference.removed().get(0).changes()).contains(new FieldChange("description", "Archivio", null));
        assertThat(difference.changed()).extracting(ElementDifferenceView::id).containsExactly("o2", "o1");
        assertThat(difference.changed().get(0).changes()).containsExactly(new FieldChange("weight", "40", "33.33"));
        assertThat(difference.changed().get(1).changes())
                .containsExactly(new FieldChange("description", "Trasparenza", "Trasparenza e anticorruzione"));
    }

    @Test
    void tellsAPhaseByItsIdEvenWhenRenumbered() {
        PlanView adopted = plan(1, List.of(objective("o1", "1", "100", "Trasparenza",
                List.of(phase("p1", "1.1", "50"), phase("p2", "1.2", "50")))));
        PlanView draft = plan(2, List.of(objective("o1", "1", "100", "Trasparenza",
                List.of(phase("p2", "1.1", "50"), phase("p1", "1.2", "50")))));

        PlanDifferenceView difference = PlanDiff.between(adopted, draft);

        assertThat(difference.added()).isEmpty();
        assertThat(difference.removed()).isEmpty();
        assertThat(difference.changed()).extracting(ElementDifferenceView::subject)
                .containsExactly("Segreteria › obiettivo 1 › fase 1.1", "Segreteria › obiettivo 1 › fase 1.2");
        assertThat(difference.changed().get(0).changes()).containsExactly(new FieldChange("number", "1.2", "1.1"));
    }

    private static PlanView plan(int version, List<ObjectiveView> objectives) {
        StructureView segreteria = new StructureView("s1", "Segreteria", "Marco Gregoli", "Segretario Generale", null,
                null, objectives, WeightSum.of(List.of()));
        return new PlanView("plan", "org", "Comune di Monte Cremasco", "Cremona", 2026, 2028, 2026,
                version == 1 ? PlanStatus.ADOPTED : PlanStatus.DRAFT, version, List.of(segreteria), null, List.of(),
                WeightSum.of(List.of()), true, 1, Instant.parse("2026-02-10T13:03:00Z"), null, null);
    }

    private static ObjectiveView objective(String id, String number, String weight, String description,
                                           List<PhaseView> phases) {
        return new ObjectiveView(id, number, ObjectiveKind.DEVELOPMENT, description, new BigDecimal(weight),
                "Indicatore", "Valore", List.of(), END_OF_YEAR, 1, phases, WeightSum.of(List.of()));
    }

    private static PhaseView phase(String id, String number, String weight) {
        return new PhaseView(id, number, "Fase " + id, new BigDecimal(weight), "Atto", "Sì", List.of(),
                END_OF_YEAR, 1);
    }
}

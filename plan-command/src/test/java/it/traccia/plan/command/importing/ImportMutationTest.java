package it.traccia.plan.command.importing;

import static it.traccia.plan.command.importing.Drafts.REAL_DRAFT_TXT;
import static it.traccia.plan.command.importing.Drafts.realDraftText;
import static it.traccia.plan.command.importing.Drafts.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.rule.DocumentTooLarge;
import it.traccia.kernel.rule.UnreadableDocument;
import it.traccia.plan.command.Plan;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hundreds of damaged copies of the real draft (lines dropped, repeated, cut short, cells swapped): each is either
 * refused as a whole by a named rule, or read into findings and a plan that the plan aggregate accepts.
 */
class ImportMutationTest {

    private static final int COPIES = 400;
    private static final long SEED = 20260131L;
    private static final Actor SEGRETARIO = new Actor("marco.gregoli", Role.SEGRETARIO);
    /** The importing Segretario is Segretario of whichever ente a damaged copy ends up naming. */
    private static final Memberships SEGRETARIO_OF_EVERY_ENTE = new Memberships() {
        @Override
        public Set<Role> rolesIn(OrganisationId organisation, String userId) {
            return userId.equals(SEGRETARIO.userId()) ? Set.of(Role.SEGRETARIO) : Set.of();
        }

        @Override
        public Set<OrganisationId> organisationsOf(String userId) {
            return Set.of();
        }

        @Override
        public boolean isAdministrator(String userId) {
            return false;
        }
    };

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void answersEveryDamagedCopyWithFindingsOrANamedRefusalAndNeverGivesAPlanThePlanRefuses() {
        // given the real draft and a seeded source of damage
        List<String> original = List.of(realDraftText().split("\n", -1));
        Random random = new Random(SEED);
        int refused = 0;
        int imported = 0;

        for (int copy = 0; copy < COPIES; copy++) {
            List<String> lines = new ArrayList<>(original);
            int damages = 1 + random.nextInt(3);
            StringBuilder how = new StringBuilder("copy " + copy + ":");
            for (int damage = 0; damage < damages; damage++) {
                how.append(' ').append(damage(lines, random));
            }
            byte[] content = utf8(String.join("\n", lines));

            // when the copy is read
            ImportResult result;
            try {
                result = reader.read(REAL_DRAFT_TXT, content);
            } catch (UnreadableDocument | DocumentTooLarge refusal) {
                refused++;
                continue;
            }

            // then every finding is complete, and the plan imports
            assertThat(result.findings()).as(how.toString()).allSatisfy(finding -> {
                assertThat(finding.code()).isNotBlank();
                assertThat(finding.severity()).isNotNull();
                assertThat(finding.message()).isNotBlank();
            });
            assertThat(result.findings()).as(how.toString()).isSortedAccordingTo(
                    (one, other) -> Integer.compare(one.line(), other.line()));
            ImportSource source = PlanDocumentReader.sourceOf(REAL_DRAFT_TXT, content);
            FixtureConfiguration<Plan> fixture = new AggregateTestFixture<>(Plan.class);
            fixture.registerInjectableResource(SEGRETARIO_OF_EVERY_ENTE);
            fixture.givenNoPriorActivity()
                    .when(new ImportPlan(new PlanId("copia-" + copy), OrganisationId.forName(result.plan().organisation()),
                            result.plan().organisation(), result.plan(), source, result.findings(), SEGRETARIO))
                    .expectSuccessfulHandlerExecution();
            imported++;
        }

        assertThat(imported).as("most damage leaves a plan to import").isGreaterThan(COPIES / 2);
    }

    /** Damages the lines in one of five ways and says how. */
    private static String damage(List<String> lines, Random random) {
        int line = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
            case 0 -> {
                lines.remove(line);
                return "dropped " + (line + 1);
            }
            case 1 -> {
                lines.add(line, lines.get(line));
                return "repeated " + (line + 1);
            }
            case 2 -> {
                String text = lines.get(line);
                int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                lines.set(line, text.substring(0, at));
                return "cut " + (line + 1) + " at " + at;
            }
            case 3 -> {
                String[] cells = lines.get(line).split("\t", -1);
                if (cells.length < 2) {
                    return "kept " + (line + 1);
                }
                int first = random.nextInt(cells.length);
                int second = random.nextInt(cells.length);
                String swapped = cells[first];
                cells[first] = cells[second];
                cells[second] = swapped;
                lines.set(line, String.join("\t", cells));
                return "swapped cells " + first + "," + second + " of " + (line + 1);
            }
            default -> {
                String whole = String.join("\n", lines);
                int at = random.nextInt(whole.length());
                lines.clear();
                lines.addAll(List.of(whole.substring(0, at).split("\n", -1)));
                return "cut the file at " + at;
            }
        }
    }
}

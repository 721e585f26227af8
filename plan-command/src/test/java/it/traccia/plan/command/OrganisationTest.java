package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.violation;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.RemoveMember;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import it.traccia.kernel.organisation.event.OrganisationRegistered;
import it.traccia.kernel.organisation.event.RolesGranted;
import it.traccia.kernel.organisation.event.RolesWithdrawn;
import it.traccia.kernel.rule.InvalidRole;
import it.traccia.kernel.rule.InvalidUserId;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NonLatinLetters;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownMember;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Set;

/** An administrator registers an organisation (ente) and decides who holds which role there, always saying why. */
class OrganisationTest {

    private static final String VAILATE = "Comune di Vailate";
    private static final OrganisationId VAILATE_ID = OrganisationId.forName(VAILATE);
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN);
    private static final String USER = "resp-tecnica";
    private static final String REASON = "Decreto sindacale n. 4/2026";

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(new TestMemberships().administrator(ADMIN.userId()));
    }

    @Test
    void registersAComuneWithItsProvincia() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(VAILATE_ID, VAILATE, "Cremona", ADMIN))
                .expectEvents(new OrganisationRegistered(VAILATE_ID, VAILATE, "Cremona", ADMIN));
    }

    @Test
    void rejectsARegistrationByAnyoneButAnAdministrator() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(VAILATE_ID, VAILATE, "Cremona", new Actor("segretario", Role.SEGRETARIO)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(VAILATE_ID, VAILATE, "Cremona", new Actor("impostore", Role.ADMIN)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsANameWithALetterOfAnotherAlphabet() {
        String cyrillic = "Comune di V\u0430ilate";
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(OrganisationId.forName(cyrillic), cyrillic, "Cremona", ADMIN))
                .expectException(violation(NonLatinLetters.class, "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMissingOrOverlongName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(VAILATE_ID, " ", null, ADMIN))
                .expectException(violation(MissingField.class, "name"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(VAILATE_ID, "C".repeat(201), null, ADMIN))
                .expectException(violation(TextTooLong.class, "name"))
                .expectNoEvents();
    }

    @Test
    void grantsTheRolesAUserLacks() {
        fixture.given(registered())
                .when(new SetMemberRoles(VAILATE_ID, USER, Set.of(Role.RESPONSABILE), REASON, ADMIN))
                .expectEvents(new RolesGranted(VAILATE_ID, USER, Set.of(Role.RESPONSABILE), REASON, ADMIN));
    }

    @Test
    void grantsAndWithdrawsSoThatTheUserHoldsExactlyTheRolesListed() {
        fixture.given(registered(), new RolesGranted(VAILATE_ID, USER, Set.of(Role.RESPONSABILE, Role.NDV), REASON, ADMIN))
                .when(new SetMemberRoles(VAILATE_ID, USER, Set.of(Role.RESPONSABILE, Role.SEGRETARIO), "Convenzione di segreteria", ADMIN))
                .expectEvents(new RolesGranted(VAILATE_ID, USER, Set.of(Role.SEGRETARIO), "Convenzione di segreteria", ADMIN),
                        new RolesWithdrawn(VAILATE_ID, USER, Set.of(Role.NDV), "Convenzione di segreteria", ADMIN));
    }

    @Test
    void recordsNothingWhenTheUserAlreadyHoldsExactlyThoseRoles() {
        fixture.given(registered(), new RolesGranted(VAILATE_ID, USER, Set.of(Role.GIUNTA), REASON, ADMIN))
                .when(new SetMemberRoles(VAILATE_ID, USER, Set.of(Role.GIUNTA), "di nuovo", ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "SYSTEM"})
    void rejectsARoleThatNoMembershipGives(Role role) {
        fixture.given(registered())
                .when(new SetMemberRoles(VAILATE_ID, USER, EnumSet.of(Role.RESPONSABILE, role), REASON, ADMIN))
                .expectException(violation(InvalidRole.class, "roles"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMembershipWithoutRoles() {
        fixture.given(registered())
                .when(new SetMemberRoles(VAILATE_ID, USER, Set.of(), REASON, ADMIN))
                .expectException(violation(MissingField.class, "roles"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAMembershipChangeWithoutAReason(String reason) {
        fixture.given(registered())
                .when(new SetMemberRoles(VAILATE_ID, USER, Set.of(Role.NDV), reason, ADMIN))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "due parole", "utente\u0000"})
    void rejectsAUserIdThatNoIdentityHas(String userId) {
        fixture.given(registered())
                .when(new SetMemberRoles(VAILATE_ID, userId, Set.of(Role.NDV), REASON, ADMIN))
                .expectException(violation(InvalidUserId.class, "userId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMembershipChangeByAnyoneButAnAdministrator() {
        fixture.given(registered())
                .when(new SetMemberRoles(VAILATE_ID, USER, Set.of(Role.SEGRETARIO), REASON, new Actor(USER, Role.SEGRETARIO)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void withdrawsEveryRoleOfAMemberWhoLeaves() {
        fixture.given(registered(), new RolesGranted(VAILATE_ID, USER, Set.of(Role.RESPONSABILE, Role.NDV), REASON, ADMIN))
                .when(new RemoveMember(VAILATE_ID, USER, "Trasferito ad altro ente", ADMIN))
                .expectEvents(new RolesWithdrawn(VAILATE_ID, USER, Set.of(Role.RESPONSABILE, Role.NDV),
                        "Trasferito ad altro ente", ADMIN));
    }

    @Test
    void rejectsTheRemovalOfSomeoneWhoIsNotAMember() {
        fixture.given(registered(), new RolesGranted(VAILATE_ID, USER, Set.of(Role.NDV), REASON, ADMIN),
                        new RolesWithdrawn(VAILATE_ID, USER, Set.of(Role.NDV), REASON, ADMIN))
                .when(new RemoveMember(VAILATE_ID, USER, "Di nuovo", ADMIN))
                .expectException(UnknownMember.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalWithoutAReason() {
        fixture.given(registered(), new RolesGranted(VAILATE_ID, USER, Set.of(Role.NDV), REASON, ADMIN))
                .when(new RemoveMember(VAILATE_ID, USER, null, ADMIN))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    private static OrganisationRegistered registered() {
        return new OrganisationRegistered(VAILATE_ID, VAILATE, "Cremona", ADMIN);
    }
}

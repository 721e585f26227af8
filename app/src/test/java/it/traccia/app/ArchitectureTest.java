package it.traccia.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import it.traccia.kernel.plan.event.PlanEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The module and code rules of {@code architecture.md} and {@code style.md}, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses traccia;

    @BeforeAll
    static void importTraccia() {
        traccia = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.traccia");
    }

    @Test
    void keepsTheKernelFreeOfSpringAndJackson() {
        noClasses().that().resideInAPackage("it.traccia.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml..")
                .check(traccia);
    }

    @Test
    void keepsTheCommandSideIgnorantOfTheReadSideAndTheWorkflow() {
        noClasses().that().resideInAPackage("it.traccia.plan.command..")
                .should().dependOnClassesThat().resideInAnyPackage("it.traccia.plan.query..", "it.traccia.workflow..", "it.traccia.app..")
                .check(traccia);
    }

    @Test
    void keepsTheReadSideIgnorantOfTheCommandSideAndTheWorkflow() {
        noClasses().that().resideInAPackage("it.traccia.plan.query..")
                .should().dependOnClassesThat().resideInAnyPackage("it.traccia.plan.command..", "it.traccia.workflow..", "it.traccia.app..")
                .check(traccia);
    }

    @Test
    void keepsTheWorkflowIgnorantOfTheCommandAndReadSides() {
        noClasses().that().resideInAPackage("it.traccia.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("it.traccia.plan.command..", "it.traccia.plan.query..", "it.traccia.app..")
                .check(traccia);
    }

    @Test
    void keepsCamundaInsideTheWorkflow() {
        noClasses().that().resideOutsideOfPackage("it.traccia.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(traccia);
    }

    /** Domain code asks the injected {@code Clock} what today is, never the system clock behind {@code now()}. */
    @Test
    void letsNoDomainCodeReadTheSystemClock() {
        noClasses().that().resideInAnyPackage("it.traccia.kernel..", "it.traccia.plan.command..")
                .should().callMethodWhere(DescribedPredicate.describe("java.time's now() on the system clock", call ->
                        call.getTarget().getName().equals("now")
                                && call.getTarget().getOwner().getPackageName().equals("java.time")
                                && call.getTarget().getRawParameterTypes().stream()
                                        .noneMatch(type -> type.isEquivalentTo(Clock.class))))
                .check(traccia);
    }

    @Test
    void givesEveryEventARevisionForFutureUpcasters() {
        classes().that().implement(PlanEvent.class).should().beAnnotatedWith(Revision.class).check(traccia);
    }

    /**
     * A request body reads numbers as their text (JsonConfiguration lets a number as long as the body through, for the
     * field to refuse by name), so no body may hold a type whose conversion from a long text is slow.
     */
    @Test
    void readsNoRequestBodyNumberIntoABigDecimalOrBigInteger() {
        noFields().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Request")
                .and().areDeclaredInClassesThat().resideInAPackage("it.traccia.app.web..")
                .should().haveRawType(BigDecimal.class).orShould().haveRawType(BigInteger.class)
                .check(traccia);
    }

    @Test
    void holdsNoNumberInFloatingPoint() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("it.traccia..")
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .check(traccia);
    }
}

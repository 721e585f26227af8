package it.traccia.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.workflow.approval.ApprovalDeadlineProperties;
import it.traccia.workflow.approval.PlanApprovalStarter;
import it.traccia.workflow.route.ProcessStarts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.MonthDay;
import java.time.Period;

/**
 * A Camunda engine run by a Spring transaction manager on one H2 data source, as the application runs it on
 * PostgreSQL, with the workflow's own table from its migration: the service tests see commits and rollbacks as they
 * happen in production. No Spring context; delegates are resolved from {@code Mocks.register(...)}.
 */
public final class TransactionalEngine {

    private static TransactionalEngine shared;

    private final ProcessEngine processEngine;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;

    private TransactionalEngine() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:service-tests;DB_CLOSE_DELAY=-1", "sa", "");
        transactionManager = new DataSourceTransactionManager(dataSource);
        SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
        configuration.setProcessEngineName("service-tests");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setExpressionManager(new MockExpressionManager());
        processEngine = configuration.buildProcessEngine();
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V2__process_business_keys.sql"))
                .execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    /** The one engine of the test JVM, built on first use. */
    public static synchronized TransactionalEngine shared() {
        if (shared == null) {
            shared = new TransactionalEngine();
        }
        return shared;
    }

    /**
     * Readies the engine for one test: camunda-bpm-assert bound to it, the real delegates sending to {@code commands},
     * and no business key left over from an earlier test. Undo it with {@link #reset()}.
     */
    public void prepare(RecordingCommandGateway commands, ObjectMapper json) {
        BpmnAwareTests.init(processEngine);
        RouteDelegates.register(commands, json);
        jdbc.update("delete from process_business_key");
    }

    public void reset() {
        RouteDelegates.unregister();
        BpmnAwareTests.reset();
    }

    public ProcessStarts processStarts() {
        return new ProcessStarts(processEngine.getRuntimeService(), jdbc);
    }

    /** The starter of approvals with the legal deadline: 31 January, warned 15 days before. */
    public PlanApprovalStarter approvalStarter() {
        return new PlanApprovalStarter(processStarts(),
                new ApprovalDeadlineProperties(MonthDay.of(1, 31), Period.ofDays(15)));
    }

    public ProcessEngine processEngine() {
        return processEngine;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}

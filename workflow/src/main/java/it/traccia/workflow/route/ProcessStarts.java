package it.traccia.workflow.route;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Starts the process of one plan version at most once (avvio idempotente): its business key goes into
 * {@code process_business_key}, whose primary key refuses a twin.
 */
@Component
public class ProcessStarts {

    private static final String RECORD_START = "insert into process_business_key"
            + " (business_key, process_definition_key, process_instance_id, started_at)"
            + " values (?, ?, ?, current_timestamp)";

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    public ProcessStarts(RuntimeService runtime, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /**
     * Starts the process and records its business key; returns the process instance id. Call it inside the caller's
     * transaction, so that the start, the commands its first steps send and the record commit together or not at all.
     *
     * @throws ProcessAlreadyStarted when the business key has been started before, or is being started right now
     */
    public String start(String processDefinitionKey, String businessKey, Map<String, Object> variables) {
        ProcessInstance instance = runtime.createProcessInstanceByKey(processDefinitionKey)
                .businessKey(businessKey)
                .setVariables(variables)
                .execute();
        try {
            jdbc.update(RECORD_START, businessKey, processDefinitionKey, instance.getId());
        } catch (DuplicateKeyException twin) {
            throw new ProcessAlreadyStarted(businessKey);
        }
        return instance.getId();
    }
}

-- Business keys of the started approval and variation processes (workflow module, docs/adr/0008).
-- One row per plan version, <planId>:<version>, written in the transaction that starts its process: the primary key
-- refuses a second start of the same version, also when two requests race each other.

CREATE TABLE process_business_key (
    business_key           VARCHAR(255)             NOT NULL,
    process_definition_key VARCHAR(255)             NOT NULL,
    process_instance_id    VARCHAR(64)              NOT NULL,
    started_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (business_key)
);

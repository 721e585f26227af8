-- Reminders of deadlines (promemoria delle scadenze): each head of a structure is told once per element and kind
-- (DUE_SOON, OVERDUE), which the unique key keeps true with several instances; read and e-mailed when they were.
CREATE TABLE notification (
    id           UUID         PRIMARY KEY,
    user_id      VARCHAR(200) NOT NULL,
    plan_id      VARCHAR(200) NOT NULL,
    organisation VARCHAR(300) NOT NULL,
    structure_id VARCHAR(200) NOT NULL,
    structure    VARCHAR(300) NOT NULL,
    element_id   VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    number       VARCHAR(50)  NOT NULL,
    description  TEXT         NOT NULL,
    deadline     DATE         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    read_at      TIMESTAMPTZ,
    emailed_at   TIMESTAMPTZ,
    UNIQUE (plan_id, structure_id, element_id, kind)
);

CREATE INDEX notification_of_user ON notification (user_id, created_at DESC);

-- The days the reminders ran: the instance that inserts the day runs them, so they run once a day whatever the
-- number of instances.
CREATE TABLE reminder_run (
    day        DATE         PRIMARY KEY,
    started_at TIMESTAMPTZ  NOT NULL,
    instance   VARCHAR(200) NOT NULL
);

package it.traccia.app.web.task;

/** The decisions (deliberazioni) a Giunta task accepts. */
enum Decision {
    APPROVE,
    RETURN
}

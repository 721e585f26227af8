-- The directory of who belongs where (docs/adr/0010): organisations, the roles of their members, and which
-- organisation each plan belongs to. Written by a subscribing projection in the same transaction as the events it
-- follows, so that every command and query is checked against what is committed, never against a stale copy.

CREATE TABLE directory_organisation (
    organisation_id VARCHAR(64) NOT NULL PRIMARY KEY,
    name            TEXT        NOT NULL,
    normalised_name TEXT        NOT NULL,
    province        TEXT,
    CONSTRAINT directory_organisation_normalised_name UNIQUE (normalised_name)
);

CREATE TABLE directory_member (
    organisation_id VARCHAR(64)  NOT NULL REFERENCES directory_organisation (organisation_id),
    user_id         VARCHAR(128) NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    PRIMARY KEY (organisation_id, user_id, role)
);

CREATE INDEX directory_member_user ON directory_member (user_id);

CREATE TABLE directory_plan (
    plan_id         VARCHAR(64) NOT NULL PRIMARY KEY,
    organisation_id VARCHAR(64) NOT NULL REFERENCES directory_organisation (organisation_id),
    year            INTEGER     NOT NULL
);

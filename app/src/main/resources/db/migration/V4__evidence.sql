-- The supporting documents of monitoring (documenti a supporto), kept once by content: the bytes under their SHA-256,
-- which the EvidenceStored event of the plan's monitoring records. A row is never changed nor deleted.
CREATE TABLE evidence_content (
    sha256    CHAR(64)    PRIMARY KEY,
    size      BIGINT      NOT NULL CHECK (size > 0),
    content   BYTEA       NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION evidence_content_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'A supporting document is never changed nor deleted (evidence_content %)', OLD.sha256;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER evidence_content_never_changes
    BEFORE UPDATE OR DELETE ON evidence_content
    FOR EACH ROW EXECUTE FUNCTION evidence_content_is_immutable();

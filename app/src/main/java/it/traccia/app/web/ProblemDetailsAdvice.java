package it.traccia.app.web;


import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.Violation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 9457 problem detail with a stable {@code code} and, for rule violations, the list of
 * {@code violations} (field, code, message): 400 unreadable input, 403 role, 404 unknown id, 409 conflict,
 * 413 document too large, 422 broken rule, 503 store unavailable.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String DUPLICATE_FIELD = "Duplicate field";

    private static final Map<Refusal, HttpStatus> STATUS = Map.of(
            Refusal.INVALID, HttpStatus.UNPROCESSABLE_ENTITY,
            Refusal.NOT_FOUND, HttpStatus.NOT_FOUND,
            Refusal.CONFLICT, HttpStatus.CONFLICT,
            Refusal.FORBIDDEN, HttpStatus.FORBIDDEN,
            Refusal.TOO_LARGE, HttpStatus.PAYLOAD_TOO_LARGE);

    /** The HTTP status of a kind of refusal, the same for the API and the pages. */
    public static HttpStatus statusOf(Refusal refusal) {
        return STATUS.get(refusal);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = problem(statusOf(violation.refusal()), violation.code(), violation.getMessage(),
                violation.violations());
        violation.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownPlan(AggregateNotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "UnknownPlan",
                "Il piano '" + notFound.getAggregateIdentifier() + "' non esiste", List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return problem(HttpStatus.CONFLICT, "ConcurrentModification",
                "Il piano è stato modificato da un'altra richiesta nello stesso istante: riprova", List.of());
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotGetJdbcConnectionException.class})
    ProblemDetail storeUnavailable(RuntimeException failure) {
        LOG.error("A store is unavailable", failure);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "StoreUnavailable",
                "Un archivio dati non risponde: nessuna modifica è stata registrata, riprova più tardi", List.of());
    }

    @ExceptionHandler(CompletionException.class)
    ProblemDetail completionFailed(CompletionException failure) {
        if (failure.getCause() instanceof RuleViolation violation) {
            return ruleViolated(violation);
        }
        return unexpected(failure);
    }

    /** Whether the failure comes from a store that does not answer (PostgreSQL or MongoDB), however it was wrapped. */
    public static boolean isStoreUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parameterMismatch(MethodArgumentTypeMismatchException mismatch) {
        return problem(HttpStatus.BAD_REQUEST, "InvalidParameter",
                "Il parametro '" + mismatch.getName() + "' non è valido: '" + mismatch.getValue() + "'",
                List.of(new Violation(mismatch.getName(), "InvalidParameter", "valore non valido")));
    }

    @ExceptionHandler(QueryParameters.DuplicateParameter.class)
    ProblemDetail duplicateParameter(QueryParameters.DuplicateParameter duplicate) {
        return problem(HttpStatus.BAD_REQUEST, "DuplicateParameter", "Il parametro '" + duplicate.name()
                + "' compare più di una volta nella richiesta",
                List.of(new Violation(duplicate.name(), "DuplicateParameter", "parametro ripetuto")));
    }

    /** A query whose escapes are not UTF-8 (a body that is not is answered the same, below). */
    @ExceptionHandler(InvalidEncoding.class)
    ProblemDetail invalidEncoding(InvalidEncoding invalid) {
        return notUtf8(invalid);
    }

    /** A multipart body that cannot be parsed (no closing boundary, say) is the client's fault; too large is 413 below. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException malformed) {
        return problem(HttpStatus.BAD_REQUEST, "MalformedMultipart",
                "Il corpo multipart/form-data della richiesta non è leggibile", List.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        if (isStoreUnavailable(failure)) {
            return storeUnavailable(new IllegalStateException(failure));
        }
        LOG.error("Unexpected failure while serving a request", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
                "Errore interno: la richiesta non è stata completata", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = unreadable.getMostSpecificCause();
        ProblemDetail body;
        if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge.limit()));
        }
        if (cause instanceof InvalidEncoding invalid) {
            return ResponseEntity.badRequest().body(notUtf8(invalid));
        }
        if (cause instanceof StreamConstraintsException tooLong) {
            return ResponseEntity.unprocessableEntity().body(valueTooLong(tooLong));
        }
        if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
            String field = duplicatedField(parse.getOriginalMessage());
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "DuplicateField",
                    "Il campo '" + field + "' compare più di una volta nel corpo della richiesta",
                    List.of(new Violation(field, "DuplicateField", "campo ripetuto"))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            body = problem(HttpStatus.BAD_REQUEST, "UnknownField", "Il campo '" + field + "' non è previsto",
                    List.of(new Violation(field, "UnknownField", "campo non previsto")));
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            body = problem(HttpStatus.BAD_REQUEST, "InvalidFieldType",
                    "Il campo '" + field + "' ha un tipo di valore non valido",
                    List.of(new Violation(field, "InvalidFieldType", "tipo di valore non valido")));
        } else if (cause instanceof InputCoercionException outOfRange) {
            String field = fieldOf(outOfRange);
            body = problem(HttpStatus.BAD_REQUEST, "InvalidFieldType", "Il campo '" + field
                            + "' ha un numero fuori dall'intervallo ammesso",
                    List.of(new Violation(field, "InvalidFieldType", "numero fuori dall'intervallo ammesso")));
        } else if (cause instanceof JsonProcessingException malformed) {
            JsonLocation where = malformed.getLocation();
            body = problem(HttpStatus.BAD_REQUEST, "MalformedJson", "Il corpo della richiesta non è JSON valido"
                    + (where == null || where.getLineNr() < 0 ? "" : " (riga " + where.getLineNr() + ", colonna "
                    + where.getColumnNr() + ")"), List.of());
        } else {
            body = problem(HttpStatus.BAD_REQUEST, "MissingBody", "Manca il corpo JSON della richiesta", List.of());
        }
        return ResponseEntity.badRequest().body(body);
    }

    /** An upload above the servlet's own limit never reaches the importer: the same answer as the importer's limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "DocumentTooLarge", "Il documento supera la dimensione massima ammessa (10 MiB per un'importazione, "
                        + "20 MiB per un documento a supporto)", List.of()));
    }

    /** Gives Spring MVC's own problems (404 route, 405, 415 …) a stable code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", codeFor(failure));
        }
        return response;
    }

    /** A body larger than the API accepts: refused before the rest of it is read. */
    static ProblemDetail tooLarge(long limit) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "RequestTooLarge", "Il corpo della richiesta supera i " + limit
                + " byte ammessi", List.of());
    }

    private static ProblemDetail notUtf8(InvalidEncoding invalid) {
        String where = invalid.part().equals("query") ? "I parametri della richiesta non sono" : "Il corpo della richiesta non è";
        return problem(HttpStatus.BAD_REQUEST, "InvalidEncoding", where + " testo UTF-8 valido", List.of());
    }

    /** A text or a nesting far beyond anything a request holds, stopped by the JSON reader's own limits. */
    private static ProblemDetail valueTooLong(StreamConstraintsException tooLong) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "ValueTooLong",
                "Il corpo della richiesta contiene un valore troppo lungo o annidato troppo in profondità", List.of());
    }

    private static String fieldOf(InputCoercionException outOfRange) {
        try {
            JsonParser parser = outOfRange.getProcessor();
            return parser == null ? null : parser.currentName();
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String duplicatedField(String message) {
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        return start >= 0 && end > start ? message.substring(start + 1, end) : null;
    }

    private static String codeFor(Exception failure) {
        String name = failure.getClass().getSimpleName();
        return name.endsWith("Exception") ? name.substring(0, name.length() - "Exception".length()) : name;
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail, List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        if (!violations.isEmpty()) {
            problem.setProperty("violations", violations);
        }
        return problem;
    }
}

package it.traccia.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The error route ({@code /error}) as the servlet container uses it, for the refusals that happen before Spring MVC
 * (an unreadable URL, say): a problem detail with the container's status. Asked for directly, it is a route like any
 * unknown one, 404, never a 500 about an error that did not happen.
 */
@RestController
public class ErrorRoute implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || status.is2xxSuccessful()) {
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail problem = ProblemDetailsAdvice.problem(status, codeOf(status), detailOf(status), List.of());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "NotFound";
            case BAD_REQUEST -> "BadRequest";
            case METHOD_NOT_ALLOWED -> "MethodNotAllowed";
            case PAYLOAD_TOO_LARGE -> "RequestTooLarge";
            case UNAUTHORIZED -> "NotAuthenticated";
            case FORBIDDEN -> "NotAllowed";
            default -> status.is5xxServerError() ? "InternalError" : "RequestRefused";
        };
    }

    static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Non c'è nulla a questo indirizzo";
            case BAD_REQUEST -> "La richiesta non è leggibile";
            default -> "La richiesta non è stata accolta (" + status.value() + ")";
        };
    }
}

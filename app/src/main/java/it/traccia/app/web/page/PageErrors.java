package it.traccia.app.web.page;

import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.kernel.rule.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * A refusal met while serving a page (errore di pagina) is answered with an Italian page in the site's frame, with the
 * same status and the same message the API gives in its problem detail; a broken rule of a form is shown beside its
 * field by the form's own page instead, and never reaches this advice.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(RuleViolation.class)
    ModelAndView refused(RuleViolation violation, HttpServletResponse response) {
        return page(ProblemDetailsAdvice.statusOf(violation.refusal()), violation.getMessage(), response);
    }

    /** A form field that cannot even be bound (a revision that is not a number, say) was not sent by Traccia's page. */
    @ExceptionHandler(BindException.class)
    ModelAndView unreadableForm(BindException unreadable, HttpServletResponse response) {
        String field = unreadable.getFieldError() == null ? "?" : unreadable.getFieldError().getField();
        return page(HttpStatus.BAD_REQUEST, "Il campo '" + field + "' del modulo ha un valore non valido", response);
    }

    /** A parameter of the address that is not of its kind (a page number that is not a number, say). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadableParameter(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "Il parametro '" + mismatch.getName() + "' dell'indirizzo non è valido",
                response);
    }

    @ExceptionHandler(CompletionException.class)
    ModelAndView completionFailed(CompletionException failure, HttpServletResponse response) {
        if (failure.getCause() instanceof RuleViolation violation) {
            return refused(violation, response);
        }
        return unexpected(failure, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure, HttpServletResponse response) {
        if (ProblemDetailsAdvice.isStoreUnavailable(failure)) {
            LOG.error("A store is unavailable", failure);
            return page(HttpStatus.SERVICE_UNAVAILABLE,
                    "Un archivio dati non risponde: nessuna modifica è stata registrata, riprova più tardi", response);
        }
        LOG.error("Unexpected failure while serving a page", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Errore interno: la richiesta non è stata completata", response);
    }

    static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        return new ModelAndView("errore", Map.of("status", status.value(), "message", message), status);
    }
}

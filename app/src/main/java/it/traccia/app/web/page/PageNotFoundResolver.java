package it.traccia.app.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/**
 * The refusals that happen before any page's controller, answered to a browser with an Italian page (pagina di
 * errore) rather than the API's problem detail: an address where there is no page (404), a method the address does
 * not take (405), an upload beyond the servlet's limit (413). Requests under {@code /api/} and clients that do not ask
 * for HTML are left to the API's problem details.
 */
@Component
class PageNotFoundResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (request.getRequestURI().startsWith("/api/") || !asksForHtml(request)) {
            return null;
        }
        if (failure instanceof NoResourceFoundException) {
            return PageErrors.page(HttpStatus.NOT_FOUND, "Non c'è nessuna pagina all'indirizzo "
                    + request.getRequestURI(), response);
        }
        if (failure instanceof HttpRequestMethodNotSupportedException) {
            return PageErrors.page(HttpStatus.METHOD_NOT_ALLOWED, "Questo indirizzo non accetta la richiesta "
                    + request.getMethod() + ": torna alla pagina e usa i suoi pulsanti", response);
        }
        if (failure instanceof MaxUploadSizeExceededException) {
            return PageErrors.page(HttpStatus.PAYLOAD_TOO_LARGE, "Il file caricato è troppo grande: un documento da "
                    + "importare può occupare al più 10 MiB", response);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Whether the client names HTML among what it accepts (a browser does; {@code *}{@code /*} alone is not enough). */
    private static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}

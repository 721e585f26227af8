package it.traccia.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Bounds the body of every API request but an import (dimensione massima della richiesta) before anything parses it:
 * a declared length above {@code traccia.api.max-body-bytes} is refused at once with 413, and a body that turns out
 * longer stops being read at the limit. Imports and supporting documents have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final ObjectMapper json;

    public RequestBodyLimit(@Value("${traccia.api.max-body-bytes:2097152}") long limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/imports") || isEvidenceUpload(request);
    }

    /** A supporting document's upload, which {@code PlanEvidence} bounds to its own 20 MiB. */
    private static boolean isEvidenceUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/plans/")
                && request.getRequestURI().endsWith("/evidence");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.tooLarge(limit));
            return;
        }
        chain.doFilter(new ObservedRequestBody(request, new Counter(limit)), response);
    }

    /** Raised when a body without a declared length goes past the limit; the error handling answers 413. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("Request body longer than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** Counts the bytes read and refuses the body once they pass the limit. */
    private static final class Counter implements ObservedRequestBody.Observer {

        private final long limit;
        private long read;

        Counter(long limit) {
            this.limit = limit;
        }

        @Override
        public void bytesRead(byte[] buffer, int offset, int count) throws BodyTooLarge {
            read += count;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public void endReached() {
            // a body within the limit needs nothing more
        }
    }
}

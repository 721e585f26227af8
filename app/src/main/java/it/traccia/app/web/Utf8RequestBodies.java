package it.traccia.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a JSON request body that is not UTF-8 (corpo non UTF-8), as RFC 8259 requires of JSON between systems, while
 * it is read: Jackson itself decodes overlong forms, so that {@code C0 AF} would be read as "/". The error handling
 * answers 400 InvalidEncoding. Imports read documents in other encodings, and are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class Utf8RequestBodies extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        String contentType = request.getContentType();
        return !path.startsWith("/api/") || path.startsWith("/api/imports") || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ObservedRequestBody(request, new Utf8Check()), response);
    }

    /** Feeds each byte to a UTF-8 decoder and refuses the body at the first byte that cannot follow. */
    private static final class Utf8Check implements ObservedRequestBody.Observer {

        private final Utf8 utf8 = new Utf8();

        @Override
        public void bytesRead(byte[] buffer, int offset, int count) throws InvalidEncoding {
            for (int index = offset; index < offset + count; index++) {
                if (!utf8.accept(buffer[index] & 0xFF)) {
                    throw new InvalidEncoding("body");
                }
            }
        }

        @Override
        public void endReached() throws InvalidEncoding {
            if (!utf8.isComplete()) {
                throw new InvalidEncoding("body");
            }
        }
    }
}

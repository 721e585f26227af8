package it.traccia.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
        chain.doFilter(new Checked(request), response);
    }

    private static final class Checked extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Checked(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CheckingStream(super.getInputStream());
            }
            return stream;
        }
    }

    private static final class CheckingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final Utf8 utf8 = new Utf8();

        CheckingStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next < 0) {
                requireComplete();
            } else if (!utf8.accept(next)) {
                throw new InvalidEncoding("body");
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = delegate.read(buffer, offset, length);
            if (count < 0) {
                requireComplete();
            }
            for (int index = offset; index < offset + count; index++) {
                if (!utf8.accept(buffer[index] & 0xFF)) {
                    throw new InvalidEncoding("body");
                }
            }
            return count;
        }

        private void requireComplete() throws InvalidEncoding {
            if (!utf8.isComplete()) {
                throw new InvalidEncoding("body");
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}

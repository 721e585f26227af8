package it.traccia.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;

/**
 * A request whose body is shown to an observer as it is read (corpo osservato), so that a filter can refuse it part way
 * by throwing, before whatever reads it has parsed the rest. Used by {@link RequestBodyLimit} and
 * {@link Utf8RequestBodies}.
 */
final class ObservedRequestBody extends HttpServletRequestWrapper {

    /** Sees every byte of the body once, in order, and the end of it; throws to refuse the body. */
    interface Observer {

        void bytesRead(byte[] buffer, int offset, int count) throws IOException;

        void endReached() throws IOException;
    }

    private final Observer observer;
    private ServletInputStream stream;

    ObservedRequestBody(HttpServletRequest request, Observer observer) {
        super(request);
        this.observer = observer;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new ObservedStream(super.getInputStream(), observer);
        }
        return stream;
    }

    private static final class ObservedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final Observer observer;
        private final byte[] single = new byte[1];

        ObservedStream(ServletInputStream delegate, Observer observer) {
            this.delegate = delegate;
            this.observer = observer;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next < 0) {
                observer.endReached();
            } else {
                single[0] = (byte) next;
                observer.bytesRead(single, 0, 1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = delegate.read(buffer, offset, length);
            if (count < 0) {
                observer.endReached();
            } else if (count > 0) {
                observer.bytesRead(buffer, offset, count);
            }
            return count;
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

package it.traccia.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Map;

/**
 * Refuses a query (parametri della richiesta) whose escapes are not UTF-8 (400 InvalidEncoding), which Tomcat would read
 * as U+FFFD, so that {@code ?reason=%FF} would be a reason; and one that gives a parameter twice (400
 * DuplicateParameter), as a repeated JSON key is refused: Spring would join the values with commas, and
 * {@code ?reason=&reason=} would remove an objective with the reason ",".
 */
@Component
public class QueryParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InvalidEncoding {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String query = request.getQueryString();
        if (query != null && !isUtf8(query)) {
            throw new InvalidEncoding("query");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getValue().length > 1) {
                throw new DuplicateParameter(parameter.getKey());
            }
        }
        return true;
    }

    /** Whether the query, once its %-escapes are undone, is UTF-8; a malformed escape is not. */
    private static boolean isUtf8(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int index = 0; index < query.length(); index++) {
            char character = query.charAt(index);
            if (character == '%') {
                if (index + 2 >= query.length() || !HexFormat.isHexDigit(query.charAt(index + 1))
                        || !HexFormat.isHexDigit(query.charAt(index + 2))) {
                    return false;
                }
                bytes.write(HexFormat.fromHexDigits(query, index + 1, index + 3));
                index += 2;
            } else {
                bytes.write(character & 0xFF);
            }
        }
        return Utf8.isValid(bytes.toByteArray());
    }

    /** A parameter that the request names more than once; answered 400 DuplicateParameter. */
    public static final class DuplicateParameter extends RuntimeException {

        private static final int SHOWN = 60;

        private final String name;

        DuplicateParameter(String name) {
            super("Parameter given more than once");
            this.name = name.length() > SHOWN ? name.substring(0, SHOWN) + "…" : name;
        }

        public String name() {
            return name;
        }
    }
}

package it.traccia.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servlet container's own answer to a request it refuses before any route or {@link ErrorRoute} sees it (a path
 * with an encoded slash, a NUL or bytes that are not UTF-8): the problem detail every refusal gets (segnalazione del
 * contenitore), with the codes of {@link ErrorRoute}, instead of Tomcat's HTML page. Answers already written are left be.
 */
public class ContainerErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String code = known == null ? "RequestRefused" : ErrorRoute.codeOf(known);
        String detail = known == null ? "La richiesta non è stata accolta (" + status + ")" : ErrorRoute.detailOf(known);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String problem = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\",\"code\":\"" + code + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The client is gone or the answer cannot be written any more: there is no one left to tell.
        }
    }
}

package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small HTTP client for the tests: one user, JSON in and out, nothing hidden between the test and the server. */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static Api as(int port, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + credentials);
    }

    /** A caller signed in with a bearer token (an access token of the OpenID Connect provider). */
    static Api withBearer(int port, String token) {
        return withAuthorization(port, "Bearer " + token);
    }

    /** A caller sending this very {@code Authorization} header, well-formed or not. */
    static Api withAuthorization(int port, String authorization) {
        return new Api("http://localhost:" + port, authorization);
    }

    static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /** Reads a file as the server sends it: status, headers and the very bytes. */
    Download download(String path) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("HTTP call interrupted", e);
        }
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends one file as the part {@code file} of a multipart/form-data body. */
    Response postFile(String path, String fileName, byte[] content) {
        String boundary = "traccia-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body);
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, with a body of this content type ({@code null} for none). */
    Response send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Sends any method with exactly these bytes as body (none when {@code null}) and this content type (none when
     * {@code null}); {@code chunked} leaves the length undeclared. The answer is read as text, never trusted to be JSON.
     */
    Exchange exchange(String method, String path, String contentType, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder builder = request(path).timeout(Duration.ofSeconds(60)).method(method, publisher);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Exchange(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("HTTP call interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isEmpty() ? JSON.nullNode()
                    : contentType.contains("json") ? JSON.readTree(response.body())
                    : JSON.getNodeFactory().textNode(response.body());
            return new Response(response.statusCode(), body, contentType, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("HTTP call interrupted", e);
        }
    }

    /** One answer: status, JSON body (a null node when empty), content type and headers. */
    record Response(int status, JsonNode body, String contentType, HttpHeaders headers) {

        String id() {
            return body.path("id").asText();
        }

        /** The stable {@code code} of a problem detail. */
        String code() {
            return body.path("code").asText();
        }

        /** Every value of the header, in the order the server sent them. */
        List<String> header(String name) {
            return headers.allValues(name);
        }
    }

    /** A file as the server sent it. */
    record Download(int status, HttpHeaders headers, byte[] body) {
    }

    /** One answer as the server wrote it: status, content type and body text, whatever they are. */
    record Exchange(int status, String contentType, String body) {
    }
}

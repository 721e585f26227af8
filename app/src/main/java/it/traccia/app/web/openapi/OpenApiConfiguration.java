package it.traccia.app.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import it.traccia.app.web.Allowed;
import it.traccia.app.web.plan.CreatedResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI document of Traccia's JSON API (descrizione dell'API) for developers and Swagger UI: a real title and
 * description, the two ways to sign in (Basic, bearer token), and on each route the status codes it really answers,
 * read from the handler itself: its success (201 for a creation, 204 for a change with no body), and the refusals its
 * kind of input can meet, each an RFC 9457 problem detail.
 */
@Configuration
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI tracciaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Traccia API")
                        .version("1")
                        .description("""
                                API JSON di Traccia, il software libero con cui un comune redige, approva, monitora \
                                e rendiconta il Piano degli obiettivi e della performance (sezione del PIAO). Ogni \
                                modifica è un evento con autore, ruolo, istante e motivo. Ogni rifiuto è un problem \
                                detail RFC 9457 con un codice stabile (`code`) e un messaggio in italiano per campo \
                                (`violations`). Le pagine per le persone sono in /; questa API è per gli sviluppatori.""")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Nome utente e password, come nella pagina di accesso"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Token dell'emittente OIDC configurato (traccia.security.jwt)"))
                        .addSchemas("Problem", new Schema<>().type("object")
                                .description("Problem detail RFC 9457")
                                .addProperty("type", new Schema<>().type("string"))
                                .addProperty("title", new Schema<>().type("string"))
                                .addProperty("status", new Schema<>().type("integer"))
                                .addProperty("detail", new Schema<>().type("string"))
                                .addProperty("code", new Schema<>().type("string"))
                                .addProperty("violations", new Schema<>().type("array")
                                        .items(new Schema<>().type("object")
                                                .addProperty("field", new Schema<>().type("string"))
                                                .addProperty("code", new Schema<>().type("string"))
                                                .addProperty("message", new Schema<>().type("string"))))))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The status codes of each route, from what its handler returns and takes. */
    @Bean
    OperationCustomizer realStatusCodes() {
        return (operation, handler) -> {
            describe(operation, handler);
            return operation;
        };
    }

    static void describe(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        String success = successOf(handler);
        if (!success.equals("200") && responses.containsKey("200")) {
            ApiResponse ok = responses.remove("200");
            responses.addApiResponse(success, ok.description(descriptionOf(success)));
        }
        responses.computeIfAbsent(success, code -> new ApiResponse().description(descriptionOf(code)));
        Map<String, String> refusals = new LinkedHashMap<>();
        boolean body = hasParameter(handler, RequestBody.class) || hasParameter(handler, RequestPart.class);
        boolean reads = handler.hasMethodAnnotation(GetMapping.class);
        if (body) {
            refusals.put("400", "Corpo non leggibile: JSON malformato, campo sconosciuto o testo non UTF-8");
            refusals.put("413", "Corpo oltre il limite della route");
        }
        refusals.put("401", "Accesso mancante o non valido");
        if (handler.hasMethodAnnotation(Allowed.class) || !reads) {
            refusals.put("403", "Il ruolo dell'utente non consente l'operazione");
        }
        if (hasParameter(handler, PathVariable.class)) {
            refusals.put("404", "Il piano, l'elemento o l'attività non esiste, o l'utente non è membro dell'ente");
        }
        if (!reads) {
            refusals.put("409", "Conflitto: piano non in bozza, revisione superata o operazione già fatta");
        }
        if (body || hasParameter(handler, RequestParam.class)) {
            refusals.put("422", "Una regola non è rispettata: ogni violazione con il suo campo");
        }
        refusals.put("503", "Un archivio dati non risponde: nulla è stato registrato");
        refusals.forEach((code, description) -> responses.computeIfAbsent(code, missing -> new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
        operation.setResponses(responses);
    }

    /** 201 for a handler that answers a created resource's id, 202 for a submission, 204 for one with no body. */
    private static String successOf(HandlerMethod handler) {
        MethodParameter returned = handler.getReturnType();
        if (!ResponseEntity.class.isAssignableFrom(returned.getParameterType())) {
            return "200";
        }
        Class<?> body = ResolvableType.forMethodParameter(returned).getGeneric(0).resolve(Object.class);
        if (body == Void.class) {
            return "204";
        }
        if (body == CreatedResponse.class) {
            return "201";
        }
        String name = handler.getMethod().getName();
        return switch (name) {
            case "submit" -> "202";
            case "openVariation", "importMultipart", "importRawBody" -> "201";
            default -> "200";
        };
    }

    private static String descriptionOf(String code) {
        return switch (code) {
            case "201" -> "Creato: l'indirizzo della risorsa è nell'intestazione Location";
            case "202" -> "Accolto: il piano attende la decisione della Giunta";
            case "204" -> "Fatto: nessun contenuto";
            default -> "OK";
        };
    }

    private static boolean hasParameter(HandlerMethod handler, Class<? extends Annotation> kind) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(kind));
    }
}

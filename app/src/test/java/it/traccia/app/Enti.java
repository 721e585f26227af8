package it.traccia.app;

import it.traccia.kernel.OrganisationId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations (enti) for the end-to-end tests, registered over HTTP by the demo administrator, each with the demo
 * users in their roles: so a test works on a comune of its own, and never meets another test's plans.
 */
final class Enti {

    /** The demo users who belong to every ente of the tests, with their role; {@code segretario-2} belongs to none. */
    static final Map<String, String> MEMBERS = members();

    private Enti() {
    }

    /** A new comune, named like the real one with a suffix of its own, with every demo user in their role. */
    static String aComune(int port) {
        String name = "Comune di Monte Cremasco " + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        register(port, name);
        return name;
    }

    /** Registers the ente (or finds it registered) and gives the demo users their roles there; returns its id. */
    static String register(int port, String name) {
        Api admin = Api.as(port, "admin");
        Api.Response registered = admin.post("/api/organisations", """
                {"name": "%s", "province": "Cremona"}""".formatted(name));
        assertThat(registered.status()).as(registered.body().toString()).isIn(201, 409);
        String id = OrganisationId.forName(name).value();
        MEMBERS.forEach((user, role) -> {
            Api.Response granted = admin.put("/api/organisations/" + id + "/members/" + user, """
                    {"roles": ["%s"], "reason": "Ente di prova"}""".formatted(role));
            assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);
        });
        return id;
    }

    /** Names {@code resp-segreteria} head of the structure, as the Segretario does. */
    static void headedByRespSegreteria(int port, String planId, String structureId) {
        Api.Response assigned = Api.as(port, "segretario").put("/api/plans/" + planId + "/structures/" + structureId
                + "/head", """
                {"userId": "resp-segreteria", "name": "Avv. Marco Gregoli", "title": "Segretario Generale",
                 "reason": "Responsabile della Segreteria"}""");
        assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(204);
    }

    private static Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("segretario", "SEGRETARIO");
        members.put("resp-segreteria", "RESPONSABILE");
        members.put("resp-tecnica", "RESPONSABILE");
        members.put("giunta", "GIUNTA");
        members.put("ndv", "NDV");
        return Map.copyOf(members);
    }
}

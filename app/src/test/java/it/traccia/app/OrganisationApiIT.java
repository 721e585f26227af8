package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who belongs where, over HTTP: the administrator registers a comune and gives and withdraws roles with a reason,
 * each step in the organisation's own record; a withdrawn role is gone for the very next request.
 */
class OrganisationApiIT extends EmbeddedStoresIT {

    @Test
    void recordsWhoGaveOrWithdrewWhichRoleToWhomWhenAndWhy() {
        String name = "Comune di Prova " + UUID.randomUUID().toString().substring(0, 8);
        String id = as("admin").post("/api/organisations", """
                {"name": "%s", "province": "Cremona"}""".formatted(name)).id();

        assertThat(members(id, "resp-tecnica", "[\"RESPONSABILE\", \"NDV\"]", "Decreto sindacale n. 4").status())
                .isEqualTo(200);
        Api.Response changed = members(id, "resp-tecnica", "[\"RESPONSABILE\"]", "Lascia il Nucleo");
        assertThat(changed.body().path("roles")).extracting(JsonNode::asText).containsExactly("RESPONSABILE");
        assertThat(as("admin").delete("/api/organisations/" + id + "/members/resp-tecnica?reason=Trasferimento").status())
                .isEqualTo(204);

        List<JsonNode> entries = list(as("admin").get("/api/organisations/" + id + "/history").body());
        assertThat(entries).extracting(entry -> entry.path("action").asText())
                .containsExactly("OrganisationRegistered", "RolesGranted", "RolesWithdrawn", "RolesWithdrawn");
        JsonNode granted = entries.get(1);
        assertThat(granted.path("user").asText()).isEqualTo("admin");
        assertThat(granted.path("role").asText()).isEqualTo("ADMIN");
        assertThat(granted.path("userId").asText()).isEqualTo("resp-tecnica");
        assertThat(granted.path("roles")).extracting(JsonNode::asText).containsExactly("RESPONSABILE", "NDV");
        assertThat(granted.path("reason").asText()).isEqualTo("Decreto sindacale n. 4");
        assertThat(granted.path("occurredAt").asText()).isNotBlank();
        assertThat(entries.get(2).path("roles")).extracting(JsonNode::asText).containsExactly("NDV");
        assertThat(entries.get(3).path("reason").asText()).isEqualTo("Trasferimento");
        assertThat(entries.get(3).path("description").asText()).isEqualTo("Revocati a resp-tecnica i ruoli RESPONSABILE");
    }

    @Test
    void withdrawsARoleForTheVeryNextRequest() {
        String comune = aComune();
        String planId = segretario().post("/api/plans", plan(comune)).id();
        String ente = enteOf(comune);
        assertThat(as("ndv").get("/api/plans/" + planId).status()).isEqualTo(200);

        assertThat(as("admin").delete("/api/organisations/" + ente + "/members/ndv?reason=Fine+incarico").status())
                .isEqualTo(204);

        assertThat(as("ndv").get("/api/plans/" + planId).status()).isEqualTo(404);
        assertThat(as("ndv").get("/api/plans").body().findValuesAsText("id")).doesNotContain(planId);
        assertThat(as("ndv").get("/api/organisations/" + ente + "/history").status()).isEqualTo(404);
    }

    @Test
    void showsEachUserWhereTheyBelongAndWhichStructuresTheyHead() {
        String comune = aComune();
        String planId = segretario().post("/api/plans", plan(comune)).id();
        String structureId = segretario().post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        Enti.headedByRespSegreteria(port, planId, structureId);

        JsonNode me = as("resp-segreteria").get("/api/me").body();

        assertThat(me.path("userId").asText()).isEqualTo("resp-segreteria");
        assertThat(me.path("administrator").asBoolean()).isFalse();
        JsonNode membership = list(me.path("memberships")).stream()
                .filter(entry -> entry.path("organisation").asText().equals(comune)).findFirst().orElseThrow();
        assertThat(membership.path("roles")).extracting(JsonNode::asText).containsExactly("RESPONSABILE");
        assertThat(membership.path("structures")).singleElement().satisfies(structure -> {
            assertThat(structure.path("planId").asText()).isEqualTo(planId);
            assertThat(structure.path("structureId").asText()).isEqualTo(structureId);
            assertThat(structure.path("name").asText()).isEqualTo("Segreteria");
        });
        assertThat(as("admin").get("/api/me").body().path("administrator").asBoolean()).isTrue();
    }

    @Test
    void showsTheAdministratorEveryEnteWithItsMembersAndEveryoneElseTheirOwn() {
        String comune = aComune();

        JsonNode forAdmin = byName(as("admin").get("/api/organisations").body(), comune);
        JsonNode forNdv = byName(as("ndv").get("/api/organisations").body(), comune);

        assertThat(forAdmin.path("members").findValuesAsText("userId"))
                .contains("segretario", "resp-segreteria", "resp-tecnica", "giunta", "ndv");
        assertThat(forNdv.path("roles")).extracting(JsonNode::asText).containsExactly("NDV");
        assertThat(forNdv.path("members").isNull()).isTrue();
        assertThat(as("segretario-2").get("/api/organisations").body().findValuesAsText("name")).doesNotContain(comune);
    }

    @Test
    void rejectsWhatNoMembershipCanBe() {
        String ente = enteOf(aComune());

        assertProblem(members(ente, "nuovo", "[\"ADMIN\"]", "Prova"), 422, "InvalidRole");
        assertProblem(members(ente, "nuovo", "[\"SINDACO\"]", "Prova"), 422, "InvalidRole");
        assertProblem(members(ente, "nuovo", "[]", "Prova"), 422, "MissingField");
        assertProblem(members(ente, "nuovo", "[\"NDV\"]", " "), 422, "ReasonRequired");
        assertProblem(as("admin").delete("/api/organisations/" + ente + "/members/nessuno?reason=Prova"), 404,
                "UnknownMember");
        assertProblem(as("admin").delete("/api/organisations/" + ente + "/members/ndv"), 422, "ReasonRequired");
        assertProblem(members("00000000-0000-0000-0000-000000000000", "nuovo", "[\"NDV\"]", "Prova"), 404,
                "UnknownOrganisation");
    }

    @Test
    void rejectsASecondRegistrationOfTheSameComuneOrOneThatOnlyLooksLikeIt() {
        String comune = aComune();

        assertProblem(as("admin").post("/api/organisations", """
                {"name": "%s"}""".formatted(comune.toUpperCase().replace(" ", "\\u00A0"))), 409, "OrganisationAlreadyExists");
        assertProblem(as("admin").post("/api/organisations", """
                {"name": "%s"}""".formatted(comune.replace("Monte", "M\\u043Ente"))), 422, "NonLatinLetters");
        assertProblem(as("segretario").post("/api/organisations", """
                {"name": "Comune di Altrove"}"""), 403, "NotAllowed");
    }

    @Test
    void givesRolesToAUserWhoseIdIsAnEMailAddressOrAFiscalNumber() {
        String ente = as("admin").post("/api/organisations", """
                {"name": "Comune di Prova %s"}""".formatted(UUID.randomUUID().toString().substring(0, 8))).id();

        Api.Response mail = members(ente, "mario.rossi+ndv@comune.example", "[\"NDV\"]", "Nomina del Nucleo");
        Api.Response fiscal = members(ente, "TINIT-RSSMRA80A01H501U", "[\"GIUNTA\"]", "Nomina in Giunta");

        assertThat(mail.status()).as(mail.body().toString()).isEqualTo(200);
        assertThat(mail.body().path("userId").asText()).isEqualTo("mario.rossi+ndv@comune.example");
        assertThat(fiscal.status()).as(fiscal.body().toString()).isEqualTo(200);
        assertThat(as("admin").delete("/api/organisations/" + ente
                + "/members/mario.rossi+ndv@comune.example?reason=Fine+incarico").status()).isEqualTo(204);
        assertProblem(members(ente, "mario%20rossi", "[\"NDV\"]", "Nomina"), 404, "UnknownMember");
    }

    private Api.Response members(String ente, String user, String roles, String reason) {
        return as("admin").put("/api/organisations/" + ente + "/members/" + user, """
                {"roles": %s, "reason": "%s"}""".formatted(roles, reason));
    }

    private String enteOf(String comune) {
        return byName(as("admin").get("/api/organisations").body(), comune).path("id").asText();
    }

    private static JsonNode byName(JsonNode organisations, String name) {
        return list(organisations).stream().filter(organisation -> organisation.path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().path("code").asText()).isEqualTo(code);
    }
}

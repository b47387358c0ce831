package cn.xixian.alliance.logistics.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.solving.SolveRunner;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.logistics.LogisticsFixtures;
import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class DispatchBoardApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LogisticsFixtures fixtures;
    @Autowired
    DispatchTestData data;
    @Autowired
    TransportRequestService requests;
    @Autowired
    SolveRunner<DispatchSolution> interrupted;
    @Autowired
    DispatchService dispatch;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String solved(String id) {
        return await("plan " + id + " done solving").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> mvc.perform(get("/api/v1/dispatch-plans/" + id).with(httpBasic("dispatcher", "pw")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                        body -> !"SOLVING".equals(JsonPath.read(body, "$.status")));
    }

    @Test
    void plansLeftSolvingByAStoppedProcessEndAtStartKeepingTheStoredBestAndARunningSolveIsNotTouched() throws Exception {
        data.vans();
        data.requests(6, 1);
        String cut = JsonPath.read(send(post("/api/v1/dispatch-plans"), "dispatcher", "{\"date\": \"2026-11-26\"}")
                .andReturn().getResponse().getContentAsString(), "$.id");
        solved(cut);
        // as a process killed mid-solve leaves them: SOLVING, one with its best stored, one before any best
        java.time.Instant before = java.time.Instant.now().minusSeconds(3600);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(cut)),
                new org.springframework.data.mongodb.core.query.Update().set("status", "SOLVING").set("createdAt", before),
                cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.COLLECTION);
        var empty = new cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument();
        empty.id = "orphan-empty";
        empty.date = DispatchTestData.DAY;
        empty.zone = "Asia/Shanghai";
        empty.status = "SOLVING";
        empty.createdAt = before;
        mongo.insert(empty, cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.COLLECTION);
        String running = JsonPath.read(send(post("/api/v1/dispatch-plans"), "dispatcher", "{\"date\": \"2026-11-26\"}")
                .andReturn().getResponse().getContentAsString(), "$.id");

        assertThat(interrupted.recover()).isEqualTo(2);

        mvc.perform(get("/api/v1/dispatch-plans/" + cut).with(httpBasic("dispatcher", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SOLVED"))
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.notes").value(org.hamcrest.Matchers.hasItem(DispatchPlanSolving.KEPT)));
        mvc.perform(get("/api/v1/dispatch-plans/orphan-empty").with(httpBasic("dispatcher", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.notes").value(org.hamcrest.Matchers.hasItem(DispatchPlanSolving.LOST)));
        String done = solved(running);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("SOLVED");
        assertThat((List<String>) JsonPath.read(done, "$.notes")).doesNotContain(DispatchPlanSolving.KEPT);
        send(post("/api/v1/dispatch-plans/" + cut + "/publish"), "dispatcher", "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
    }

    @Test
    void aDispatcherPlansTheDayWatchesItAndPublishesItOnceAndDriversMarkStopsInOrder() throws Exception {
        data.vans();
        List<TransportRequest> day = data.requests(12, 1);
        TransportRequest tooHeavy = data.submit("too-heavy", 9000, false);
        String accepted = send(post("/api/v1/dispatch-plans"), "dispatcher", "{\"date\": \"2026-11-26\"}")
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("SOLVING"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(accepted, "$.id");
        String plan = solved(id);

        assertThat((Boolean) JsonPath.read(plan, "$.feasible")).isTrue();
        assertThat(dispatch.latest()).as("the board shows the plan made last").map(DispatchPlanView::id).contains(id);
        assertThat((List<String>) JsonPath.read(plan, "$.vans[*].depotName")).doesNotContainNull();
        assertThat((List<Double>) JsonPath.read(plan, "$.vans[*].depotLat")).allMatch(lat -> lat > 0);
        List<String> stops = JsonPath.read(plan, "$.vans[*].stops[*].id");
        assertThat(stops).hasSize(2 * day.size());
        assertThat((List<String>) JsonPath.read(plan, "$.vans[*].stops[*].eta")).doesNotContainNull();
        assertThat((List<Object>) JsonPath.read(plan, "$.vans[*].stops[*].loadAfterKg")).hasSize(stops.size());
        assertThat((List<String>) JsonPath.read(plan, "$.explanation")).anyMatch(line -> line.startsWith("Vans used"));
        assertThat((List<String>) JsonPath.read(plan, "$.unplanned[*].requestId")).containsExactly(tooHeavy.id());
        assertThat((List<String>) JsonPath.read(plan, "$.unplanned[*].reason")).allMatch(r -> r.contains("capacity"));

        String events = mvc.perform(get("/api/v1/dispatch-plans/" + id + "/events").with(httpBasic("dispatcher", "pw")))
                .andReturn().getResponse().getContentAsString();
        assertThat(events).contains("event:best-score").contains("event:finished");

        send(post("/api/v1/dispatch-plans/" + id + "/publish"), "coordinator", "").andExpect(status().isForbidden());
        send(post("/api/v1/dispatch-plans/" + id + "/publish"), "dispatcher", "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        send(post("/api/v1/dispatch-plans/" + id + "/publish"), "dispatcher", "").andExpect(status().isConflict());
        assertThat(requests.get(day.get(0).id()).status()).isEqualTo(TransportStatus.PLANNED);

        List<String> route = JsonPath.read(plan, "$.vans[?(@.stops.length() > 1)].stops[*].id");
        String first = route.get(0);
        String second = route.get(1);
        send(post("/api/v1/stops/" + second + "/arrived"), "dispatcher", "{}").andExpect(status().isConflict());
        send(post("/api/v1/stops/" + first + "/done"), "dispatcher", "{\"signer\": \"王\"}").andExpect(status().isConflict());
        send(post("/api/v1/stops/" + first + "/arrived"), "dispatcher", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARRIVED"));
        send(post("/api/v1/stops/" + first + "/done"), "dispatcher", "{}").andExpect(status().isBadRequest());
        send(post("/api/v1/stops/" + first + "/done"), "dispatcher",
                "{\"signer\": \"王秀英\", \"at\": \"2026-11-26T01:30:00Z\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.signer").value("王秀英"))
                .andExpect(jsonPath("$.doneAt").value("2026-11-26T01:30:00Z"));
        send(post("/api/v1/stops/" + first + "/arrived"), "dispatcher", "{}").andExpect(status().isConflict());
        send(post("/api/v1/stops/unknown-P/arrived"), "dispatcher", "{}").andExpect(status().isNotFound());
        String requestId = first.substring(0, first.length() - 2);
        assertThat(requests.get(requestId).status()).isEqualTo(TransportStatus.IN_PROGRESS);
    }

    @Test
    void aCooperativeMayNotSeePlansAndAPlanNeedsADate() throws Exception {
        send(post("/api/v1/dispatch-plans"), "coop", "{\"date\": \"2026-11-26\"}").andExpect(status().isForbidden());
        send(post("/api/v1/dispatch-plans"), "dispatcher", "{}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/dispatch-plans/nope").with(httpBasic("dispatcher", "pw"))).andExpect(status().isNotFound());
    }
}

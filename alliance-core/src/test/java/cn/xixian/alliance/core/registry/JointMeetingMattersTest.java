package cn.xixian.alliance.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Agreed matters across meetings: the overdue list, and status changes that name the version they read. */
@SpringBootTest
@AutoConfigureMockMvc
class JointMeetingMattersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JointMeetingService meetings;
    @Autowired
    ObjectMapper json;

    JointMeeting meeting;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        LocalDate today = meetings.today();
        String a = fixtures.coopA.id();
        String b = fixtures.coopB.id();
        meeting = meetings.create(new JointMeeting(null, today.minusDays(60), "第1次联席会议", "电商服务中心", List.of(a, b),
                List.of(new JointMeeting.Matter("统一农资采购", a, today.minusDays(10), JointMeeting.Status.AGREED),
                        new JointMeeting.Matter("技术培训", b, today.minusDays(1), JointMeeting.Status.IN_PROGRESS),
                        new JointMeeting.Matter("冷库改造", a, today.minusDays(20), JointMeeting.Status.DONE),
                        new JointMeeting.Matter("品牌推广", a, today.plusDays(5), JointMeeting.Status.AGREED),
                        new JointMeeting.Matter("网店培训", b, today, JointMeeting.Status.AGREED))));
    }

    private JsonNode read(String url, String user) throws Exception {
        return json.readTree(mvc.perform(get(url).with(httpBasic(user, "pw"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void overdueListsExactlyThePastDueOpenMatters() throws Exception {
        JsonNode overdue = read("/api/v1/joint-meetings/matters?overdue=true", "coop-a");
        assertThat(overdue.get("total").asInt()).isEqualTo(2);
        List<String> titles = new ArrayList<>();
        overdue.get("items").forEach(i -> titles.add(i.get("title").asText()));
        assertThat(titles).containsExactly("统一农资采购", "技术培训");
        JsonNode first = overdue.get("items").get(0);
        assertThat(first.get("meetingId").asText()).isEqualTo(meeting.id());
        assertThat(first.get("index").asInt()).isZero();
        assertThat(first.get("version").asLong()).isZero();

        assertThat(read("/api/v1/joint-meetings/matters?overdue=true&ownerMemberId=COOP-002", "coordinator")
                .get("total").asInt()).isEqualTo(1);
        assertThat(read("/api/v1/joint-meetings/matters?status=AGREED", "coordinator").get("total").asInt()).isEqualTo(3);
        assertThat(read("/api/v1/joint-meetings/matters", "coordinator").get("total").asInt()).isEqualTo(5);
        assertThat(meetings.overdueCount()).isEqualTo(2);
    }

    @Test
    void aChangeNamesTheVersionItReadAndAStaleOneIs409() throws Exception {
        String url = "/api/v1/joint-meetings/" + meeting.id() + "/matters/0";
        mvc.perform(patch(url).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"IN_PROGRESS\", \"note\": \"已联系供应商\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.note").value("已联系供应商"));
        mvc.perform(patch(url).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"note\": \"late\", \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(patch(url).with(httpBasic("coop-a", "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"version\": 1}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch(url).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"note\": \"已完成\", \"version\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(false));
        assertThat(meetings.overdueCount()).isEqualTo(1);
        // final: nothing moves a DONE matter back
        mvc.perform(patch(url).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"AGREED\", \"version\": 2}"))
                .andExpect(status().isConflict());
        mvc.perform(patch(url).with(httpBasic("coordinator", "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(patch("/api/v1/joint-meetings/" + meeting.id() + "/matters/9").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DONE\", \"version\": 0}"))
                .andExpect(status().isNotFound());
    }
}

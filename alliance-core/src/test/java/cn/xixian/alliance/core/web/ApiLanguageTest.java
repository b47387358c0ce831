package cn.xixian.alliance.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.harvest.importing.ImportTestSupport;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API problems in the request's language: Chinese for Accept-Language zh*, English for anything else or none. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiLanguageTest {

    private static final String BAD_MEMBER = """
            {"code": "bad code!", "kind": "VILLAGE", "lat": 95, "contact": {"phone": "call me"}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    HarvestImportService imports;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user, String language) {
        request.with(httpBasic(user, "pw"));
        return language == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
    }

    private static MockHttpServletRequestBuilder badMember(String language) {
        return as(post("/api/v1/members"), "coordinator", language).contentType(MediaType.APPLICATION_JSON).content(BAD_MEMBER);
    }

    @Test
    void validationProblemsInChineseWithTheFieldNamesUnchanged() throws Exception {
        mvc.perform(badMember("zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "lat", "lon", "contact.phone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("不能为空")))
                .andExpect(jsonPath("$.errors[?(@.field == 'lat')].message").value(hasItem("必须小于或等于 90")))
                .andExpect(jsonPath("$.detail").value(containsString("name：不能为空")))
                .andExpect(jsonPath("$.detail").value(containsString("lat：必须小于或等于 90")));
    }

    @Test
    void englishForEnglishAndForNoAcceptLanguageWhateverTheJvmsDefault() throws Exception {
        Locale jvm = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            for (String language : new String[] {"en", "en-US,en;q=0.9", "fr", null}) {
                mvc.perform(badMember(language))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.title").value("Invalid input"))
                        .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("must not be blank")))
                        .andExpect(jsonPath("$.detail").value(containsString("lat must be less than or equal to 90")));
            }
            mvc.perform(get("/api/v1/members/NOPE-1")).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value("sign in first (HTTP Basic)"));
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void templatedMessagesKeepTheirValues() throws Exception {
        mvc.perform(as(get("/api/v1/members").param("size", "5000"), "coordinator", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("必须在 1 到 1000 之间"))
                .andExpect(jsonPath("$.detail").value("size：必须在 1 到 1000 之间"));
        mvc.perform(as(get("/api/v1/members/NOPE-1"), "coordinator", "zh"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("未找到联盟成员 NOPE-1"));
        mvc.perform(as(get("/api/v1/members/NOPE-1"), "coordinator", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("member NOPE-1 not found"));
    }

    @Test
    void conflictsInChineseWithTheStatusKept() throws Exception {
        String signed = mvc.perform(as(post("/api/v1/red-orders"), "coordinator", null)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"householdId": "%s", "season": 2026, "priceRule": "FLOOR",
                                 "lines": [{"grade": "GRADE_1", "contractedKg": 2000, "floorPricePerKg": "6.00"}]}"""
                                .formatted(fixtures.householdA.id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(signed, "$.id");
        mvc.perform(as(post("/api/v1/red-orders/" + id + "/settle"), "coordinator", "zh-CN"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("状态冲突"))
                .andExpect(jsonPath("$.detail").value("尚无交售，不能结算"));
        mvc.perform(as(post("/api/v1/red-orders/" + id + "/cancel"), "coordinator", null)).andExpect(status().isOk());
        mvc.perform(as(post("/api/v1/red-orders/" + id + "/deliveries"), "coordinator", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"grade": "GRADE_1", "weightKg": 100, "date": "2026-09-20"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("CANCELLED 状态的合同不能交售"));
        mvc.perform(as(post("/api/v1/red-orders/" + id + "/settle"), "coordinator", null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("cannot settle a CANCELLED contract"));
    }

    @Test
    void importReportsAreStoredInEnglishAndReadInTheCallersLanguage() throws Exception {
        String csv = ImportTestSupport.HEADER + "\n"
                + "OK-1," + fixtures.householdA.id() + ",2026-09-01,8.5,GRADE_1,,\n"
                + "BAD-1," + fixtures.householdA.id() + ",yesterday,8.5,GRADE_1,,\n";
        HarvestImport done = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "lots.csv", csv,
                StandardCharsets.UTF_8);
        assertThat(done.errors()).extracting(FieldError::message).containsExactly("must be a date like 2026-09-15, not 'yesterday'");
        mvc.perform(as(get("/api/v1/harvest-lots/imports/" + done.id()), "coop-a", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("pickDate"))
                .andExpect(jsonPath("$.errors[0].message").value("必须是日期，如 2026-09-15，而不是 'yesterday'"));
        mvc.perform(as(get("/api/v1/harvest-lots/imports/" + done.id() + "/errors"), "coop-a", null))
                .andExpect(jsonPath("$.items[0].message").value("must be a date like 2026-09-15, not 'yesterday'"));
    }

    @Test
    void signInAndRoleRefusalsInChinese() throws Exception {
        mvc.perform(get("/api/v1/members").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.detail").value("请先登录（HTTP Basic）"));
        mvc.perform(as(post("/api/v1/members"), "coop-a", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "VIL-99", "name": "新村", "kind": "VILLAGE", "lat": 36.7, "lon": 110.9}"""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("无权访问"))
                .andExpect(jsonPath("$.detail").value("您的角色无权执行此操作"));
        mvc.perform(as(get("/api/v1/harvest-lots").param("cooperativeId", fixtures.coopB.id()), "coop-a", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("合作社用户只能查看本合作社的数据"));
        mvc.perform(as(get("/api/v1/harvest-lots").param("cooperativeId", fixtures.coopB.id()), "coop-a", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("cooperative users may only access their own cooperative's data"));
    }
}

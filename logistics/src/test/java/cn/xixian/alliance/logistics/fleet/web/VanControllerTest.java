package cn.xixian.alliance.logistics.fleet.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.web.ApiMessages;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.logistics.fleet.FleetService;
import cn.xixian.alliance.logistics.fleet.Van;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The van API's web layer alone (a web slice): paths, JSON shape, role check and the 404 problem, with the fleet
 * service stubbed. The fleet's own rules are {@code FleetApiTest}'s and {@code FleetStoreTest}'s.
 */
@WebMvcTest(VanController.class)
@Import({ApiMessages.class, VanControllerTest.MethodSecurity.class})
class VanControllerTest {

    @TestConfiguration
    @EnableMethodSecurity
    static class MethodSecurity {
    }

    private static final Van VAN = new Van("v1", "VAN-01", "晋J-00001", new BigDecimal("3000"), true,
            new Place(null, "配送中心", 36.693, 110.940), true, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FleetService fleet;

    @Test
    @WithMockUser(roles = "DISPATCHER")
    void listsVansInTheApiListShape() throws Exception {
        given(fleet.searchVans(true, null, cn.xixian.alliance.core.web.Pages.of(0, 50, "code")))
                .willReturn(new PageResponse<>(List.of(VAN), 1));
        mvc.perform(get("/api/v1/vans").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("VAN-01"))
                .andExpect(jsonPath("$.items[0].refrigerated").value(true));
    }

    @Test
    @WithMockUser(roles = "DISPATCHER")
    void anUnknownVanIsA404Problem() throws Exception {
        given(fleet.van("nope")).willThrow(new NotFoundException("van", "nope"));
        mvc.perform(get("/api/v1/vans/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    @WithMockUser(roles = "STORE_INTEGRATION")
    void otherRolesAreRefused() throws Exception {
        mvc.perform(post("/api/v1/vans/v1/broken-down").with(csrf())).andExpect(status().isForbidden());
    }
}

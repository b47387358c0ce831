package cn.xixian.alliance.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API description at /v3/api-docs and /swagger-ui.html; every call takes HTTP Basic. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "隰县玉露香梨党建联盟 协同平台 API (Xi County pear alliance coordinator)", version = "v1",
                description = "Registry, harvest lots and imports, storage, dispatch and sales of the alliance. "
                        + "Errors are RFC 7807 problem+json; validation errors name each field."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {
}

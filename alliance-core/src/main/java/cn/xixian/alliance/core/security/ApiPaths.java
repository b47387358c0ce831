package cn.xixian.alliance.core.security;

/** API paths that authenticate by other means than a login (e.g. signed store webhooks). */
public final class ApiPaths {

    public static final String[] PUBLIC_API = {"/api/v1/stores/*/webhook"};

    private ApiPaths() {
    }
}

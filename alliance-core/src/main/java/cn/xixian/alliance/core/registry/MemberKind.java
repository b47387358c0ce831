package cn.xixian.alliance.core.registry;

/** The kinds of organisation the alliance links (README), with their zh-CN names. */
public enum MemberKind {
    VILLAGE("村"),
    COOPERATIVE("农村专业合作社"),
    PROCESSOR("加工企业"),
    LOGISTICS_FIRM("物流企业"),
    ECOMMERCE_FIRM("电商企业"),
    SERVICE_STATION("农村电商服务站"),
    ONLINE_STORE("网店"),
    GOVERNMENT_DEPARTMENT("职能部门");

    private final String zh;

    MemberKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

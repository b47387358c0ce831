package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo online stores that push orders: one per platform, each linked to its ONLINE_STORE member of the demo
 * registry, with the documented demo webhook secret {@code demo-secret-<code>} (README, Online-store sales; production secrets come from
 * configuration, {@code alliance.ecommerce.stores.<CODE>.secret}). None is polled: the demo has no store API to call.
 */
@Component
class DemoStores implements DemoStep {

    private static final List<StorePlatform> PLATFORMS = List.of(StorePlatform.TAOBAO, StorePlatform.JD,
            StorePlatform.P832, StorePlatform.WEB);

    private final OnlineStores stores;
    private final MemberService members;

    DemoStores(OnlineStores stores, MemberService members) {
        this.stores = stores;
        this.members = members;
    }

    @Override
    public String name() {
        return "online-stores";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(DemoProperties properties) {
        for (StorePlatform platform : PLATFORMS) {
            String code = platform.name() + "-01";
            if (stores.find(code).isPresent()) {
                continue;
            }
            Member member = members.find(code).filter(m -> m.kind() == MemberKind.ONLINE_STORE).orElse(null);
            String name = member != null ? member.name() : "隰县玉露香梨" + platform.name() + "店";
            stores.create(new OnlineStoreRequest(code, name, platform, member == null ? null : member.id(),
                    "demo-secret-" + code, null));
        }
    }
}

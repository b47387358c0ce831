package cn.xixian.alliance.ecommerce.channels.taobao;

import cn.xixian.alliance.ecommerce.channels.mapping.ChannelErrors;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Taobao trades (webhook, poller page, replay) to the canonical route. */
@Component
class TaobaoRoute extends RouteBuilder {

    private final ChannelSteps steps;
    private final TaobaoMapper mapper;

    TaobaoRoute(ChannelSteps steps, TaobaoMapper mapper) {
        this.steps = steps;
        this.mapper = mapper;
    }

    @Override
    public void configure() {
        from(SalesEndpoints.channel(OrderFormat.TAOBAO)).routeId("channel-taobao")
                .routeConfigurationId(ChannelErrors.ID)
                .process(steps.mapJson(mapper)).id("taobao-map")
                .filter(simple("${body.size()} > 0"))
                    .to(SalesEndpoints.STORE_ORDERS).id("taobao-intake")
                .end()
                .process(steps::refuseRejectedSingle).id("taobao-refuse-rejected");
    }
}

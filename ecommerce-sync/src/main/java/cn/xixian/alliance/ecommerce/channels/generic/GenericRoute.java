package cn.xixian.alliance.ecommerce.channels.generic;

import cn.xixian.alliance.ecommerce.channels.mapping.ChannelErrors;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Generic JSON orders (832 platform, web shop, other stores) (webhook, poller page, replay) to the canonical route. */
@Component
class GenericRoute extends RouteBuilder {

    private final ChannelSteps steps;
    private final GenericMapper mapper;

    GenericRoute(ChannelSteps steps, GenericMapper mapper) {
        this.steps = steps;
        this.mapper = mapper;
    }

    @Override
    public void configure() {
        from(SalesEndpoints.channel(OrderFormat.GENERIC)).routeId("channel-generic")
                .routeConfigurationId(ChannelErrors.ID)
                .process(steps.mapJson(mapper)).id("generic-map")
                .filter(simple("${body.size()} > 0"))
                    .to(SalesEndpoints.STORE_ORDERS).id("generic-intake")
                .end()
                .process(steps::refuseRejectedSingle).id("generic-refuse-rejected");
    }
}

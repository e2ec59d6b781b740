package dev.roundtable.spring;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.json.jackson3.RoundtableJackson3Module;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.FeedWriter;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Roundtable's auto-configuration. Every exporter is a bean built from
 * {@link RoundtableProperties} unless the application defines its own of that type:
 * {@link HtmlExporter}, {@link JsonLd}, {@link RoundtableJson}, and, when
 * {@code roundtable.feed.link} is set, {@link RssFeedWriter}, {@link AtomFeedWriter} and
 * {@link JsonFeedWriter}. With Jackson 3 present, {@link RoundtableJackson3Module} is a bean too,
 * which Boot registers in its {@code JsonMapper}, so the model inside the application's own
 * types is written as the Roundtable JSON.
 *
 * <p>In a Servlet web application it adds {@link RoundtableMessageConverter}s ahead of the
 * default converters (Roundtable JSON for {@code application/json}, then JSON-LD, then one per
 * feed writer), {@link RepresentationResponseAdvice} for conditional GET on the model, and
 * {@link RepresentationReturnValueHandler} for controllers that return a
 * {@link dev.roundtable.http.Representation}.
 */
@AutoConfiguration
@EnableConfigurationProperties(RoundtableProperties.class)
public class RoundtableAutoConfiguration {

  /** Made by Spring. */
  public RoundtableAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  HtmlExporter roundtableHtmlExporter(RoundtableProperties properties) {
    return HtmlExporter.of(properties.html().options());
  }

  @Bean
  @ConditionalOnMissingBean
  JsonLd roundtableJsonLd() {
    return JsonLd.defaults();
  }

  @Bean
  @ConditionalOnMissingBean
  RoundtableJson roundtableJson(RoundtableProperties properties) {
    return RoundtableJson.builder().pretty(properties.json().pretty()).build();
  }

  /** The feed writers, from {@code roundtable.feed.*}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "roundtable.feed", name = "link")
  static class Feeds {
    @Bean
    @ConditionalOnMissingBean
    RssFeedWriter roundtableRssFeedWriter(RoundtableProperties properties) {
      RoundtableProperties.Feed feed = properties.feed();
      return RssFeedWriter.of(feed.channel(feed.rssUrl(), "feed.rss"));
    }

    @Bean
    @ConditionalOnMissingBean
    AtomFeedWriter roundtableAtomFeedWriter(RoundtableProperties properties) {
      RoundtableProperties.Feed feed = properties.feed();
      return AtomFeedWriter.of(feed.channel(feed.atomUrl(), "feed.atom"));
    }

    @Bean
    @ConditionalOnMissingBean
    JsonFeedWriter roundtableJsonFeedWriter(RoundtableProperties properties) {
      RoundtableProperties.Feed feed = properties.feed();
      return JsonFeedWriter.of(feed.channel(feed.jsonUrl(), "feed.json"));
    }
  }

  /** The model in Boot's Jackson 3 {@code JsonMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.json.JsonMapper",
      "dev.roundtable.json.jackson3.RoundtableJackson3Module"})
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    RoundtableJackson3Module roundtableJackson3Module() {
      return new RoundtableJackson3Module();
    }
  }

  /** Spring MVC: converters, conditional GET, representations as return values. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = {"org.springframework.web.servlet.DispatcherServlet",
      "org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer"})
  static class Web {
    @Bean
    RepresentationResponseAdvice roundtableRepresentationAdvice(JsonLd jsonLd,
        ObjectProvider<FeedWriter> feeds, RoundtableProperties properties) {
      List<RoundtableMessageConverter> converters = new ArrayList<>();
      converters.add(RoundtableMessageConverter.json(properties.json().pretty()));
      converters.add(RoundtableMessageConverter.jsonLd(jsonLd));
      feeds.orderedStream().map(RoundtableMessageConverter::feed).forEach(converters::add);
      return new RepresentationResponseAdvice(converters);
    }

    @Bean
    ServerHttpMessageConvertersCustomizer roundtableServerConverters(
        RepresentationResponseAdvice advice) {
      return builder -> advice.converters().forEach(builder::addCustomConverter);
    }

    @Bean
    static BeanPostProcessor roundtableReturnValueHandlerFirst() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof RequestMappingHandlerAdapter adapter
              && adapter.getReturnValueHandlers() != null) {
            List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
            handlers.add(new RepresentationReturnValueHandler());
            handlers.addAll(adapter.getReturnValueHandlers());
            adapter.setReturnValueHandlers(handlers);
          }
          return bean;
        }
      };
    }
  }
}

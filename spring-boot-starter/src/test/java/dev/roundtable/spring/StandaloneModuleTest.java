package dev.roundtable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.http.Representation;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.text.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The starter resolves on a module path of itself, Roundtable's modules and the Spring jars it
 * requires (automatic modules, as Spring's are); the Servlet API, Spring Boot's HTTP converter
 * auto-configuration and Jackson 3, static dependencies, are not on it. Boot applications run on
 * the class path, where the other tests run the starter: on a module path, Spring's automatic
 * modules declare no {@code requires}, so the JDK resolves none of their own dependencies
 * (commons-logging, which every converter's constructor loads), and only resolution is checked
 * here.
 */
class StandaloneModuleTest {
  @Test
  void the_starter_resolves_with_the_spring_jars_it_requires_and_without_its_static_ones()
      throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.spring",
        RoundtableMessageConverter.class, Representation.class, Answer.class,
        RoundtableJson.class, HtmlExporter.class, RssFeedWriter.class, Context.class,
        JsonFactory.class, ResolvableType.class, BeanPostProcessor.class, Bean.class,
        MediaType.class, DispatcherServlet.class, SpringApplication.class,
        AutoConfiguration.class);
    assertThat(path.modules()).contains("dev.roundtable.spring", "dev.roundtable.http",
        "spring.webmvc", "spring.boot.autoconfigure").doesNotContain("jakarta.servlet",
        "tools.jackson.databind", "spring.boot.http.converter");
  }
}

package dev.roundtable.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Serves the bundled example ({@code mentoring.json}) with the Roundtable starter: run
 * {@code java -jar target/roundtable-example-spring-boot.jar --server.port=8080}.
 */
@SpringBootApplication
public class MentoringApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(MentoringApplication.class, args);
  }
}

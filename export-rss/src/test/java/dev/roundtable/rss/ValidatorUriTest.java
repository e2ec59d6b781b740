package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The port of the validator's canonical form gives the validator's answers (uri.py's tests). */
class ValidatorUriTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ' ', value = {
      "https://example.com/ https://example.com/",
      "https://example.com https://example.com/",
      "HTTP://Example.COM:80/a http://example.com/a",
      "https://example.com:443/a https://example.com/a",
      "http://example.com:/a http://example.com/a",
      "http://example.com:8080/a http://example.com:8080/a",
      "http://www.example.com./a http://www.example.com/a",
      "http://example.com/a/./b/../c http://example.com/a/c",
      "http://example.com/a/.. http://example.com/",
      "http://example.com/%7Euser http://example.com/~user",
      "http://example.com/%c3%a9 http://example.com/%C3%A9",
      "http://example.com/e%CC%81 http://example.com/%C3%A9",
      "http://example.com/a%3Ab http://example.com/a%3Ab",
      "http://example.com/a:b http://example.com/a:b",
      "http://example.com/a%2Fb http://example.com/a%2Fb",
      "http://example.com/a%2E%2E/b http://example.com/a../b",
      "http://example.com/%2E%2E/b http://example.com/../b",
      "http://example.com/?q=%7e&x=%2F http://example.com/?q=~&x=%2F",
      "tag:example.com,2015-05-07:a%20b%2Fc tag:example.com,2015-05-07:a%20b%2Fc",
      "tag:example.com,2015-05-07:a%7E tag:example.com,2015-05-07:a~",
  })
  void normalizesAsTheValidatorDoes(String uri, String canonical) {
    assertThat(ValidatorUri.canonical(uri)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"http://example.com/%FF", "http://example.com/%C3", "http://example.com/%zz"})
  void hasNoCanonicalFormForInvalidPercentEncodings(String uri) {
    assertThat(ValidatorUri.canonical(uri)).isNull();
  }
}

package dev.roundtable.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Roundtable JSON side by side with Jackson databind on plain records ({@link JsonDtos}), the
 * way a user would store the same data without this library: a reused {@link ObjectWriter} and
 * {@link ObjectReader} with the JavaTimeModule. Both write a document of the corpus's 1,000
 * answers in UTF-8 into a discarding sink and read it from a byte array. The Roundtable reader
 * also validates everything (URLs, timestamps, model rules) while databind only binds. The
 * floors: writing, every text of the document ({@link FloorTexts#document}) encoded to UTF-8
 * once; reading, the same texts' UTF-8 bytes decoded to strings once.
 * Reading has a second peer, jackson-core's tokens alone ({@link #jacksonCoreRead1000}): the
 * ceiling of any reader built on that parser.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class JsonBenchmark {
  /** The corpus ({@link Corpus#named}). */
  @Param({"copies", "realistic"})
  public String corpus;

  private final DiscardingOutput floor = new DiscardingOutput();
  private RoundtableJson roundtable;
  private ObjectWriter databindWriter;
  private ObjectReader databindReader;
  private final JsonFactory tokens = new JsonFactory();

  private Document thousand;
  private JsonDtos.DocumentDto thousandDto;
  private byte[] thousandJson;
  private byte[] thousandDatabindJson;
  private byte[][] texts;

  /** Builds the document, its records, its JSON and its texts' bytes once per trial. */
  @Setup
  public void setUp() throws IOException {
    roundtable = RoundtableJson.defaults();
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    databindWriter = mapper.writerFor(JsonDtos.DocumentDto.class);
    databindReader = mapper.readerFor(JsonDtos.DocumentDto.class);
    thousand = Corpus.named(corpus).document();
    thousandDto = JsonDtos.of(thousand);
    thousandJson = roundtable.toBytes(thousand);
    thousandDatabindJson = databindWriter.writeValueAsBytes(thousandDto);
    List<byte[]> encoded = new ArrayList<>();
    FloorTexts.document(thousand, t -> encoded.add(t.getBytes(StandardCharsets.UTF_8)));
    texts = encoded.toArray(new byte[0][]);
  }

  /**
   * Writes a document of 1,000 answers with Roundtable.
   *
   * @return the bytes written
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWrite1000() throws IOException {
    DiscardingOutput out = new DiscardingOutput();
    roundtable.write(thousand, out);
    return out.take();
  }

  /**
   * Writes the records of 1,000 answers with databind.
   *
   * @return the bytes written
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long databindWrite1000() throws IOException {
    DiscardingOutput out = new DiscardingOutput();
    databindWriter.writeValue(out, thousandDto);
    return out.take();
  }

  /**
   * The floor of writing: the document's texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorWrite1000() {
    FloorTexts.document(thousand, floor::encode);
    return floor.take();
  }

  /**
   * Reads (and validates) a document of 1,000 answers with Roundtable.
   *
   * @return the document
   */
  @Benchmark
  public Document roundtableRead1000() {
    return roundtable.read(thousandJson);
  }

  /**
   * Reads the records of 1,000 answers with databind.
   *
   * @return the records
   * @throws IOException never: the JSON is databind's own
   */
  @Benchmark
  public JsonDtos.DocumentDto databindRead1000() throws IOException {
    return databindReader.readValue(thousandDatabindJson);
  }

  /**
   * jackson-core alone on Roundtable's document: every token read and every string and field
   * name decoded, nothing bound or checked. Any reader built on jackson-core, Roundtable's and
   * databind's alike, does at least this work, so this is their ceiling: a Roundtable / this
   * ratio shows the share of the read that is the parser.
   *
   * @param sink takes every string, so that none is dead code
   * @throws IOException never: the JSON is well-formed
   */
  @Benchmark
  public void jacksonCoreRead1000(Blackhole sink) throws IOException {
    try (JsonParser p = tokens.createParser(thousandJson)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          sink.consume(p.getText());
        } else if (t == JsonToken.FIELD_NAME) {
          sink.consume(p.currentName());
        }
      }
    }
  }

  /**
   * The floor of reading: the document's texts decoded from UTF-8 once.
   *
   * @param sink takes every string, so that none is dead code
   */
  @Benchmark
  public void floorRead1000(Blackhole sink) {
    for (byte[] text : texts) {
      sink.consume(new String(text, StandardCharsets.UTF_8));
    }
  }
}

package dev.roundtable.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Roundtable JSON side by side with Jackson databind on plain records ({@link JsonDtos}), the
 * way a user would store the same data without this library: a reused {@link ObjectWriter} and
 * {@link ObjectReader} with the JavaTimeModule. Both write to and read from byte arrays. The
 * Roundtable reader also validates everything (URLs, timestamps, model rules) while databind
 * only binds.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {
  private RoundtableJson roundtable;
  private ObjectWriter databindWriter;
  private ObjectReader databindReader;

  private Document example;
  private Document thousand;
  private JsonDtos.DocumentDto exampleDto;
  private JsonDtos.DocumentDto thousandDto;
  private byte[] exampleJson;
  private byte[] thousandJson;
  private byte[] exampleDatabindJson;
  private byte[] thousandDatabindJson;

  /** Builds the documents, their records and their JSON once. */
  @Setup
  public void setUp() throws IOException {
    roundtable = RoundtableJson.defaults();
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    databindWriter = mapper.writerFor(JsonDtos.DocumentDto.class);
    databindReader = mapper.readerFor(JsonDtos.DocumentDto.class);

    example = MentoringExample.document();
    Question.Builder question = MentoringExample.question().toBuilder();
    java.util.List<Answer> answers = new java.util.ArrayList<>();
    Answer featured = MentoringExample.featured();
    for (int i = 0; i < 1000; i++) {
      answers.add(featured.toBuilder().id("answer-" + i)
          .url(MentoringExample.BASE + "answer-" + i).build());
    }
    thousand = Document.of(question.answers(answers).build());

    exampleDto = JsonDtos.of(example);
    thousandDto = JsonDtos.of(thousand);
    exampleJson = roundtable.toBytes(example);
    thousandJson = roundtable.toBytes(thousand);
    exampleDatabindJson = databindWriter.writeValueAsBytes(exampleDto);
    thousandDatabindJson = databindWriter.writeValueAsBytes(thousandDto);
  }

  /** Writes the bundled example with Roundtable. */
  @Benchmark
  public byte[] roundtableWriteExample() {
    return roundtable.toBytes(example);
  }

  /** Writes the bundled example's records with databind. */
  @Benchmark
  public byte[] databindWriteExample() throws IOException {
    return databindWriter.writeValueAsBytes(exampleDto);
  }

  /** Writes a document of 1,000 answers with Roundtable. */
  @Benchmark
  public byte[] roundtableWrite1000() {
    return roundtable.toBytes(thousand);
  }

  /** Writes the records of 1,000 answers with databind. */
  @Benchmark
  public byte[] databindWrite1000() throws IOException {
    return databindWriter.writeValueAsBytes(thousandDto);
  }

  /** Reads (and validates) the bundled example with Roundtable. */
  @Benchmark
  public Document roundtableReadExample() {
    return roundtable.read(exampleJson);
  }

  /** Reads the bundled example's records with databind. */
  @Benchmark
  public JsonDtos.DocumentDto databindReadExample() throws IOException {
    return databindReader.readValue(exampleDatabindJson);
  }

  /** Reads (and validates) a document of 1,000 answers with Roundtable. */
  @Benchmark
  public Document roundtableRead1000() {
    return roundtable.read(thousandJson);
  }

  /** Reads the records of 1,000 answers with databind. */
  @Benchmark
  public JsonDtos.DocumentDto databindRead1000() throws IOException {
    return databindReader.readValue(thousandDatabindJson);
  }
}

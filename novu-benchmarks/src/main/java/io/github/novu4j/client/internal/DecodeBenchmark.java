package io.github.novu4j.client.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.novu4j.benchmarks.LoopbackNovu;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.subscribers.Subscriber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding alone, without HTTP: the bytes of the loopback server's subscribers page and 422 read the way
 * the client reads them ({@code Envelope.read}, {@code ErrorBodies.toException}), next to plain Jackson
 * into the page record, into a {@code Map} and into a tree. In the client's package because the readers
 * are package-private; run it with {@code java -jar benchmarks.jar DecodeBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class DecodeBenchmark {

	private static final JsonMapper MAPPER = NovuJson.mapper();

	private static final JavaType PAGE_TYPE = MAPPER.getTypeFactory()
		.constructParametricType(Page.class, Subscriber.class);

	private static final byte[] PAGE = LoopbackNovu.SUBSCRIBERS_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	/** The same page with its list first, as Novu sends the subscriber feed (WIRE-FORMAT §3). */
	private static final byte[] PAGE_DATA_FIRST = dataFirst(LoopbackNovu.SUBSCRIBERS_PAGE)
		.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private static final ApiCall TRIGGER = ApiCall.post("trigger", "/v1/events/trigger").build();

	private static final RawResponse ERROR = new RawResponse(422,
			Map.of("Content-Type", List.of("application/json; charset=utf-8")),
			LoopbackNovu.WORKFLOW_NOT_FOUND.getBytes(java.nio.charset.StandardCharsets.UTF_8));

	/** @return the page as the client reads it: envelope detection, then the record */
	@Benchmark
	public Object clientPage() {
		return Envelope.read(MAPPER, PAGE, PAGE_TYPE);
	}

	/** @return the page with its list first as the client reads it */
	@Benchmark
	public Object clientPageDataFirst() {
		return Envelope.read(MAPPER, PAGE_DATA_FIRST, PAGE_TYPE);
	}

	/** @return the page bound straight to the record in one pass: the floor for the client */
	@Benchmark
	public Object jacksonPage() {
		return MAPPER.readValue(PAGE, PAGE_TYPE);
	}

	/** @return the page as a {@code Map}, as the raw Jackson contenders read it */
	@Benchmark
	public Object jacksonMap() {
		return MAPPER.readValue(PAGE, Map.class);
	}

	/** @return the page as a tree */
	@Benchmark
	public JsonNode jacksonTree() {
		return MAPPER.readTree(PAGE);
	}

	/** @return the 422 turned into the client's exception */
	@Benchmark
	public NovuApiException clientError() {
		return ErrorBodies.toException(TRIGGER, ERROR, false);
	}

	/** @return the 422 as a tree, the part of {@link #clientError()} that reads the body */
	@Benchmark
	public JsonNode jacksonErrorTree() {
		return MAPPER.readTree(ERROR.body());
	}

	/** @return the 422 as a {@code Map}, as the raw Jackson contenders read it */
	@Benchmark
	public Object jacksonErrorMap() {
		return MAPPER.readValue(ERROR.body(), Map.class);
	}

	private static String dataFirst(String page) {
		int data = page.indexOf(",\"data\":");
		return "{" + page.substring(data + 1, page.length() - 1) + "," + page.substring(1, data) + "}";
	}

	/**
	 * Reads each body once, so that a smoke test can check the set-up.
	 * @return the page and the exception
	 */
	public static List<Object> once() {
		DecodeBenchmark benchmark = new DecodeBenchmark();
		return List.of(benchmark.clientPage(), benchmark.clientPageDataFirst(), benchmark.clientError());
	}

}

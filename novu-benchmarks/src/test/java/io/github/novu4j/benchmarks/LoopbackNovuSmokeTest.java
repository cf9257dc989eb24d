package io.github.novu4j.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.events.TriggerStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One trigger per transport against the loopback server, so that a broken benchmark set-up fails the
 * build instead of measuring nothing. The benchmarks themselves never run in the build.
 */
class LoopbackNovuSmokeTest {

	private static LoopbackNovu server;

	@BeforeAll
	static void start() {
		server = LoopbackNovu.start(2);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@ParameterizedTest
	@EnumSource(Transport.class)
	void triggerOnEachTransport(Transport transport) {
		long before = server.triggers();
		try (Transport.Client client = transport.open(server.baseUrl(), RetrySettings.disabled())) {
			TriggerResult result = client.novu().trigger(Payload.SMALL.request());

			assertThat(result.acknowledged()).isTrue();
			assertThat(result.status()).isEqualTo(TriggerStatus.PROCESSED);
			assertThat(result.transactionId()).startsWith("txn-");
		}
		assertThat(server.triggers()).isEqualTo(before + 1);
	}

	@ParameterizedTest
	@EnumSource(Contender.class)
	void everyContenderMakesEveryCall(Contender contender) throws Exception {
		try (Contender.Caller caller = contender.open(server.baseUrl())) {
			long before = server.triggers();
			Object small = caller.call(Contender.Call.TRIGGER_SMALL);
			Object large = caller.call(Contender.Call.TRIGGER_10KB);
			Object page = caller.call(Contender.Call.SUBSCRIBERS_PAGE);
			Object error = caller.call(Contender.Call.ERROR_422);

			assertThat(server.triggers()).isEqualTo(before + 2);
			assertThat(small).isNotNull();
			assertThat(large).isNotNull();
			switch (contender) {
				case NOVU_JDK, NOVU_APACHE, NOVU_DEFAULT -> {
					assertThat(((io.github.novu4j.client.Page<?>) page).data()).hasSize(LoopbackNovu.PAGE_SIZE);
					assertThat(error).isInstanceOf(io.github.novu4j.client.NovuValidationException.class);
				}
				case COMMUNITY_SDK -> assertThat(error).isInstanceOf(co.novu.common.rest.NovuNetworkException.class);
				case RAW_JACKSON_JDK, RAW_JACKSON_APACHE -> {
					assertThat(((java.util.Map<?, ?>) page).get("data")).asList().hasSize(LoopbackNovu.PAGE_SIZE);
					assertThat(((java.util.Map<?, ?>) error).get("statusCode")).isEqualTo(422);
				}
				case RAW_JDK, RAW_APACHE -> {
					assertThat(new String((byte[]) page, java.nio.charset.StandardCharsets.UTF_8))
						.isEqualTo(LoopbackNovu.SUBSCRIBERS_PAGE);
					assertThat(new String((byte[]) error, java.nio.charset.StandardCharsets.UTF_8))
						.isEqualTo(LoopbackNovu.WORKFLOW_NOT_FOUND);
				}
				case SOCKET_FLOOR -> assertThat((Integer) page).isGreaterThan(LoopbackNovu.SUBSCRIBERS_PAGE.length());
			}
		}
	}

	@Test
	void decodeBenchmarkReadsThePageEitherWayAndTheError() {
		java.util.List<Object> decoded = io.github.novu4j.client.internal.DecodeBenchmark.once();

		assertThat(decoded.get(0)).isEqualTo(decoded.get(1));
		assertThat(((io.github.novu4j.client.Page<?>) decoded.get(0)).data()).hasSize(LoopbackNovu.PAGE_SIZE);
		assertThat(((io.github.novu4j.client.Page<?>) decoded.get(0)).pageSize()).isEqualTo(LoopbackNovu.PAGE_SIZE);
		assertThat((io.github.novu4j.client.NovuApiException) decoded.get(2))
			.isInstanceOf(io.github.novu4j.client.NovuValidationException.class)
			.satisfies((error) -> assertThat(error.getMessage()).contains("workflow_not_found"));
	}

	@Test
	void largePayloadIsAbout10kB() {
		try (Transport.Client client = Transport.JDK.open(server.baseUrl(), RetrySettings.disabled())) {
			client.novu().trigger(Payload.LARGE_10KB.request());
		}
		assertThat(server.lastBodyBytes()).isBetween(10_000L, 10_500L);
		try (Transport.Client client = Transport.JDK.open(server.baseUrl(), RetrySettings.disabled())) {
			client.novu().trigger(Payload.SMALL.request());
		}
		assertThat(server.lastBodyBytes()).isLessThan(200L);
	}

	@Test
	void answersOtherRoutesAndMissingKeysAsNovuDoes() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/events/trigger"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> otherRoute = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/topics"))
			.header("Authorization", "ApiKey any")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(noKey.statusCode()).isEqualTo(401);
		assertThat(noKey.body()).contains("\"statusCode\":401");
		assertThat(otherRoute.statusCode()).isEqualTo(404);
		assertThat(otherRoute.body()).contains("Cannot GET /v1/topics");
	}

	@Test
	void describesFailuresByTheirCausesWithoutSpringsWrapperOrTheServerPort() {
		RuntimeException failure = new IllegalStateException("attempt failed",
				new ResourceAccessException("I/O error", new IOException("HTTP/1.1 header parser received no bytes",
						new EOFException("EOF reached while reading from 127.0.0.1:40123"))));

		assertThat(TransportFailureCount.describe(failure, "127.0.0.1:40123")).isEqualTo("IllegalStateException"
				+ " ← java.io.IOException: HTTP/1.1 header parser received no bytes"
				+ " ← java.io.EOFException: EOF reached while reading from <server>");
	}

	@Test
	void rawJdkSendsACallAgainOnceWhenItsConnectionIsClosedWithoutAnAnswer() throws Exception {
		// A server that closes its first connection after reading a request, and answers 201 on the next one.
		try (ServerSocket listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
			AtomicInteger requests = new AtomicInteger();
			Thread serving = new Thread(() -> {
				for (int connection = 0; connection < 2; connection++) {
					try (Socket socket = listener.accept()) {
						readRequest(socket.getInputStream());
						requests.incrementAndGet();
						if (connection == 1) {
							byte[] body = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
							socket.getOutputStream().write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
									+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
								.getBytes(StandardCharsets.US_ASCII));
							socket.getOutputStream().write(body);
							socket.getOutputStream().flush();
							socket.shutdownOutput();
							socket.getInputStream().read();
						}
					}
					catch (IOException ex) {
						return;
					}
				}
			});
			serving.setDaemon(true);
			serving.start();

			try (Contender.Caller caller = Contender.RAW_JDK.open("http://127.0.0.1:" + listener.getLocalPort())) {
				Object answer = caller.call(Contender.Call.TRIGGER_SMALL);

				assertThat(new String((byte[]) answer, StandardCharsets.UTF_8)).isEqualTo("{\"data\":{}}");
			}
			serving.join(10_000);
			assertThat(requests.get()).isEqualTo(2);
		}
	}

	/** Reads a request's head and its {@code Content-Length} bytes of body. */
	private static void readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new EOFException("no complete request head");
			}
			head.append((char) b);
		}
		Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
		in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
	}

}

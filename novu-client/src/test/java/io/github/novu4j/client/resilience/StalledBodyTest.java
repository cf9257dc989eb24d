package io.github.novu4j.client.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An answer whose headers arrive and whose body then stalls ends on time as a
 * {@link NovuTimeoutException} naming the read timeout or the call's budget, on every transport; before,
 * the JDK client's closed body surfaced as a plain "IOException: closed". WireMock commits headers with
 * the first body chunk, so a socket server of a few lines sends exactly this answer.
 */
class StalledBodyTest {

	private static final String BODY = "{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}";

	/**
	 * Upper bound of a call: far below the server's 20 s of silence, so only a timeout can end it, and
	 * generous, because a transport's first call in a busy JVM may take seconds to set up.
	 */
	private static final long MAX_MILLIS = 10_000;

	private ServerSocket server;

	private Thread serving;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.serving = new Thread(this::serve, "stalling-novu");
		this.serving.setDaemon(true);
		this.serving.start();
	}

	@AfterEach
	void stopServer() throws Exception {
		this.server.close();
		this.serving.join(100);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Transport.class)
	void aBodyStalledPastTheReadTimeoutIsAReadTimeout(Transport transport) {
		NovuClient client = client(transport, Duration.ofMillis(300));
		long start = System.nanoTime();

		NovuTimeoutException failure = catchThrowableOfType(NovuTimeoutException.class,
				() -> NovuOperation.ALL.get(0).call().apply(client, RequestOptions.builder().noRetry().build()));

		assertThat(failure).hasMessageContaining("events.trigger").hasMessageContaining("did not answer within the read timeout");
		if (transport == Transport.JDK) {
			assertThat(failure).hasMessageContaining("read timeout of 300 ms");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofMillis(MAX_MILLIS));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Transport.class)
	void aBodyStalledPastTheCallsBudgetIsABudgetTimeout(Transport transport) {
		assumeTrue(transport.boundsAttemptsByTheBudget(), () -> transport
				+ " cannot honour a per-call deadline in flight: its attempts end by its read timeout only");
		NovuClient client = client(transport, Duration.ofSeconds(20));
		long start = System.nanoTime();

		NovuTimeoutException failure = catchThrowableOfType(NovuTimeoutException.class,
				() -> NovuOperation.ALL.get(0).call().apply(client, RequestOptions.builder().timeout(Duration.ofMillis(400)).build()));

		assertThat(failure).hasMessageContaining("did not answer within the call's time budget of 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400), Duration.ofMillis(MAX_MILLIS));
	}

	private NovuClient client(Transport transport, Duration readTimeout) {
		NovuClientBuilder builder = NovuClient.builder()
			.apiKey(MockNovu.API_KEY)
			.baseUrl("http://127.0.0.1:" + this.server.getLocalPort());
		transport.apply(builder, readTimeout);
		return builder.build();
	}

	/** Answers every request with its headers and half its body, then says nothing until closed. */
	private void serve() {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				readRequest(socket.getInputStream());
				byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
				OutputStream out = socket.getOutputStream();
				out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + body.length
						+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(body, 0, body.length / 2);
				out.flush();
				// Silent until the client gives up (it closes the connection) or 20 s pass.
				socket.setSoTimeout(20_000);
				while (socket.getInputStream().read() != -1) {
					// discard
				}
			}
			catch (IOException ex) {
				// the client closed the connection, or the server was stopped
			}
		}
	}

	private static void readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b == -1) {
				return;
			}
			head.append((char) b);
		}
		String lower = head.toString().toLowerCase();
		int at = lower.indexOf("content-length:");
		if (at >= 0) {
			int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
			in.readNBytes(length);
		}
	}

}

package io.github.novu4j.client;

/**
 * The HTTP client a {@link NovuClientBuilder} builds for itself when it is given no
 * {@link NovuClientBuilder#requestFactory request factory} of the user's.
 *
 * <p>Either way the Novu client's retry policy is the only one (the HTTP library's own retries are off),
 * a retried POST keeps its {@code Idempotency-Key}, redirects are not followed, and each attempt waits at
 * most the read timeout, cut to what is left of its call's time budget. Where the two differ is the
 * speed (docs/benchmarks.md) and what an interrupt does: see each constant.
 *
 * <pre>{@code
 * NovuClient novu = NovuClient.builder()
 *     .apiKey(System.getenv("NOVU_API_KEY"))
 *     .httpTransport(HttpTransport.JDK)   // even with Apache HttpClient 5 on the class path
 *     .build();
 * }</pre>
 */
public enum HttpTransport {

	/**
	 * The default: {@link #APACHE_HTTP_CLIENT_5} when Apache HttpClient 5 (5.4 or later, with its
	 * httpcore5) is on the class path of the client, else {@link #JDK}. Spring Boot's own detection picks
	 * Apache HttpClient 5 first too.
	 */
	DETECT,

	/**
	 * The JDK's {@code java.net.http.HttpClient} (HTTP/1.1), needing no dependency. Interrupting the
	 * calling thread ends the call at once with a {@code NovuInterruptedException}.
	 */
	JDK,

	/**
	 * Apache HttpClient 5 (classic, blocking I/O), which must be on the class path
	 * ({@code org.apache.httpcomponents.client5:httpclient5}, 5.4 or later): the faster of the two, 2.6
	 * times on a small trigger in this project's benchmarks. Its connections are pooled (up to 64), its
	 * automatic retries, redirects, cookies, authentication caching and response compression are off,
	 * TCP_NODELAY is on, and it uses the JVM's default proxy selector and TLS settings, as the JDK client
	 * does. An interrupt does not wake a thread blocked in a socket read of a platform thread: such a call
	 * ends when its attempt's read timeout or its call's time budget runs out, whichever is first.
	 */
	APACHE_HTTP_CLIENT_5

}

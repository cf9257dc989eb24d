package io.github.novu4j.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.github.novu4j.client.internal.ApacheDefaultClient;
import io.github.novu4j.client.internal.ApacheHttpRequestFactory;
import io.github.novu4j.client.internal.ClientVersion;
import io.github.novu4j.client.internal.JdkHttpRequestFactory;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.OnFirstUse;
import io.github.novu4j.client.internal.SharedHttpExecutor;
import io.github.novu4j.client.observation.NovuClientListener;
import io.github.novu4j.client.observation.NovuClientObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Builds a {@link NovuClient}. Only the API key is required.
 *
 * <pre>{@code
 * NovuClient novu = NovuClient.builder()
 *     .apiKey(System.getenv("NOVU_API_KEY"))
 *     .region(NovuRegion.EU)              // or .baseUrl("https://novu.internal.example.com") when self-hosted
 *     .readTimeout(Duration.ofSeconds(10))
 *     .build();
 * }</pre>
 *
 * <p>HTTP: unless {@link #requestFactory} is given, the client builds its own HTTP client with the
 * connect and read timeouts set here: Apache HttpClient 5 when it is on the class path, else the JDK
 * {@code HttpClient} ({@link HttpTransport#DETECT}; choose with {@link #httpTransport}). Either way
 * redirects are not followed, the HTTP library retries nothing itself, and each attempt's timeout is
 * also cut to what is left of its call's time budget. A {@link #restClientBuilder RestClient.Builder} may
 * be given to start from (it is cloned, never changed); its interceptors, default headers and
 * observation registry apply.
 */
public final class NovuClientBuilder {

	private static final Logger logger = LoggerFactory.getLogger(NovuClientBuilder.class);

	/** Apache HttpClient 5's classes the builder needs, tested by name (httpclient5 is optional). */
	private static final String[] APACHE_CLASSES = { "org.apache.hc.client5.http.impl.classic.HttpClients",
			"org.apache.hc.core5.http.HttpHost", "org.apache.hc.client5.http.ssl.TlsSocketStrategy" };

	/** Default connect timeout: 5 seconds. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** Default read timeout: 30 seconds. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	private @Nullable String apiKey;

	private NovuRegion region = NovuRegion.US;

	private @Nullable String baseUrl;

	private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

	private Duration readTimeout = DEFAULT_READ_TIMEOUT;

	private RetrySettings retry = RetrySettings.defaults();

	private boolean idempotencyKeys = true;

	private Supplier<String> idempotencyKeyGenerator = NovuTransport::randomIdempotencyKey;

	private RestClient.@Nullable Builder restClientBuilder;

	private HttpTransport httpTransport = HttpTransport.DETECT;

	private @Nullable Supplier<RestClient.Builder> restClientBuilderOnFirstCall;

	private @Nullable ClientHttpRequestFactory requestFactory;

	private @Nullable BiFunction<Duration, Duration, ClientHttpRequestFactory> requestFactoryForTimeouts;

	private @Nullable ObservationRegistry observationRegistry;

	private @Nullable NovuClientObservationConvention observationConvention;

	private final List<ResponseListener> responseListeners = new ArrayList<>();

	private final List<NovuClientListener> clientListeners = new ArrayList<>();

	NovuClientBuilder() {
	}

	/**
	 * @param apiKey the secret key of a Novu environment (Settings, API Keys)
	 * @return this builder
	 */
	public NovuClientBuilder apiKey(String apiKey) {
		this.apiKey = apiKey;
		return this;
	}

	/**
	 * @param region where the organization's data lives; default {@link NovuRegion#US}
	 * @return this builder
	 */
	public NovuClientBuilder region(NovuRegion region) {
		this.region = Objects.requireNonNull(region, "region");
		return this;
	}

	/**
	 * @param baseUrl the API base URL, for self-hosted Novu or a proxy; overrides the region
	 * @return this builder
	 */
	public NovuClientBuilder baseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/**
	 * @param connectTimeout how long to wait for a connection; default 5 s
	 * @return this builder
	 */
	public NovuClientBuilder connectTimeout(Duration connectTimeout) {
		this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
		return this;
	}

	/**
	 * @param readTimeout how long one attempt waits for Novu's answer; default 30 s. The call's time
	 * budget ({@link RetrySettings#maxElapsedTime()}, or {@link RequestOptions#timeout()}) bounds it too
	 * @return this builder
	 */
	public NovuClientBuilder readTimeout(Duration readTimeout) {
		this.readTimeout = requirePositive(readTimeout, "readTimeout");
		return this;
	}

	/**
	 * @param retry how failed calls are retried; default {@link RetrySettings#defaults()}
	 * @return this builder
	 */
	public NovuClientBuilder retry(RetrySettings retry) {
		this.retry = Objects.requireNonNull(retry, "retry");
		return this;
	}

	/**
	 * @param enabled whether every POST and PATCH gets an automatic {@code Idempotency-Key}; default true.
	 * Without keys, failures after which the request may have been processed are not retried.
	 * @return this builder
	 */
	public NovuClientBuilder idempotencyKeys(boolean enabled) {
		this.idempotencyKeys = enabled;
		return this;
	}

	/**
	 * @param generator makes automatic idempotency keys; default unique keys in the form of random (version-4)
	 * UUIDs, see {@code NovuTransport.randomIdempotencyKey()}. Each key must be 1 to 255
	 * printable ASCII characters, and unique per logical call (a key Novu saw in the last 24 hours gets
	 * the stored answer, not a new notification)
	 * @return this builder
	 */
	public NovuClientBuilder idempotencyKeyGenerator(Supplier<String> generator) {
		this.idempotencyKeyGenerator = Objects.requireNonNull(generator, "generator");
		return this;
	}

	/**
	 * @param restClientBuilder a builder to start from; cloned, not changed
	 * @return this builder
	 */
	public NovuClientBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
		this.restClientBuilderOnFirstCall = null;
		return this;
	}

	/**
	 * Like {@link #restClientBuilder(RestClient.Builder)}, but the builder is asked for on the client's
	 * first call, not when the client is built: Spring Boot's {@code RestClient.Builder} makes an HTTP
	 * client (with its TLS set-up) and message converters when it is created, which an application that
	 * starts but never calls Novu does not need. The HTTP client of
	 * {@link #requestFactoryFromTimeouts(BiFunction)} is then made on the first call too (from the
	 * timeouts in effect at {@link #build()}); a failure to make either is thrown by that call.
	 * @param restClientBuilder supplies a builder to start from (cloned, not changed); called once, on the
	 * first call (again only if it failed)
	 * @return this builder
	 */
	public NovuClientBuilder restClientBuilderOnFirstCall(Supplier<RestClient.Builder> restClientBuilder) {
		this.restClientBuilderOnFirstCall = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
		this.restClientBuilder = null;
		return this;
	}

	/**
	 * Chooses the HTTP client the builder builds for itself. Ignored when
	 * {@link #requestFactory(ClientHttpRequestFactory)} or {@link #requestFactoryFromTimeouts} is given.
	 * @param httpTransport {@link HttpTransport#DETECT} (the default: Apache HttpClient 5 when it is on the
	 * class path, else the JDK client), {@link HttpTransport#JDK}, or
	 * {@link HttpTransport#APACHE_HTTP_CLIENT_5} ({@link #build()} fails if it is not on the class path)
	 * @return this builder
	 */
	public NovuClientBuilder httpTransport(HttpTransport httpTransport) {
		this.httpTransport = Objects.requireNonNull(httpTransport, "httpTransport");
		return this;
	}

	/**
	 * @param requestFactory the HTTP client to use, with its own timeouts; replaces the builder's own
	 * HTTP client ({@link #httpTransport}) and the connect and read timeouts of this builder
	 * @return this builder
	 */
	public NovuClientBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
		this.requestFactory = Objects.requireNonNull(requestFactory, "requestFactory");
		return this;
	}

	/**
	 * Makes the HTTP client when the client is built, from the connect and read timeouts then in effect,
	 * so timeouts set after this call (say, by a Spring Boot customizer) still apply; with
	 * {@link #restClientBuilderOnFirstCall(Supplier)}, on the first call, from the same timeouts. Ignored when
	 * {@link #requestFactory(ClientHttpRequestFactory)} is given.
	 * @param requestFactoryForTimeouts makes a request factory from (connect timeout, read timeout)
	 * @return this builder
	 */
	public NovuClientBuilder requestFactoryFromTimeouts(
			BiFunction<Duration, Duration, ClientHttpRequestFactory> requestFactoryForTimeouts) {
		this.requestFactoryForTimeouts = Objects.requireNonNull(requestFactoryForTimeouts, "requestFactoryForTimeouts");
		return this;
	}

	/**
	 * @param observationRegistry where operation observations (and RestClient's own HTTP observations)
	 * go; default none
	 * @return this builder
	 */
	public NovuClientBuilder observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
		return this;
	}

	/**
	 * @param convention replaces the default names and tags of operation observations
	 * @return this builder
	 */
	public NovuClientBuilder observationConvention(NovuClientObservationConvention convention) {
		this.observationConvention = Objects.requireNonNull(convention, "convention");
		return this;
	}

	/**
	 * @param listener receives the metadata of every successful response
	 * @return this builder
	 */
	public NovuClientBuilder responseListener(ResponseListener listener) {
		this.responseListeners.add(Objects.requireNonNull(listener, "listener"));
		return this;
	}

	/**
	 * Adds a listener of every HTTP attempt and retry, e.g. {@code NovuClientMetrics} (retry counter,
	 * rate-limit gauge) or your own.
	 * @param listener the listener
	 * @return this builder
	 */
	public NovuClientBuilder clientListener(NovuClientListener listener) {
		this.clientListeners.add(Objects.requireNonNull(listener, "listener"));
		return this;
	}

	/**
	 * @return the base URL calls go to: {@link #baseUrl} if set, else the region's
	 */
	public String resolveBaseUrl() {
		String url = (this.baseUrl != null && !this.baseUrl.isBlank()) ? this.baseUrl.trim() : this.region.baseUrl();
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		return url;
	}

	/**
	 * @return the HTTP client {@link #build()} builds for itself: {@link HttpTransport#APACHE_HTTP_CLIENT_5}
	 * or {@link HttpTransport#JDK}, never {@code DETECT}; or {@code null} when a request factory was given
	 * ({@link #requestFactory}, {@link #requestFactoryFromTimeouts}), which is used instead
	 * @throws IllegalStateException if Apache HttpClient 5 was asked for and is not on the class path
	 */
	public @Nullable HttpTransport resolveHttpTransport() {
		if (this.requestFactory != null || this.requestFactoryForTimeouts != null) {
			return null;
		}
		boolean apache = apacheHttpClientPresent(NovuClientBuilder.class.getClassLoader());
		return switch (this.httpTransport) {
			case JDK -> HttpTransport.JDK;
			case DETECT -> apache ? HttpTransport.APACHE_HTTP_CLIENT_5 : HttpTransport.JDK;
			case APACHE_HTTP_CLIENT_5 -> {
				if (!apache) {
					throw new IllegalStateException("httpTransport(APACHE_HTTP_CLIENT_5) needs Apache HttpClient 5.4 or "
							+ "later on the class path (org.apache.httpcomponents.client5:httpclient5, with httpcore5); "
							+ "add it, or use HttpTransport.DETECT or JDK");
				}
				yield HttpTransport.APACHE_HTTP_CLIENT_5;
			}
		};
	}

	/**
	 * @param loader the class loader to look in
	 * @return whether the classes of Apache HttpClient 5.4 or later (and its httpcore5) can be loaded
	 */
	static boolean apacheHttpClientPresent(@Nullable ClassLoader loader) {
		for (String name : APACHE_CLASSES) {
			try {
				Class.forName(name, false, loader);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return a new client
	 * @throws IllegalArgumentException if the API key is missing or blank, or the base URL is invalid
	 * @throws IllegalStateException if {@link HttpTransport#APACHE_HTTP_CLIENT_5} was asked for and is not on
	 * the class path
	 */
	public NovuClient build() {
		if (this.apiKey == null || this.apiKey.isBlank()) {
			throw new IllegalArgumentException(
					"A Novu API key is required: pass apiKey(..) (in Spring Boot, set novu.api-key or NOVU_API_KEY)");
		}
		String keyProblem = apiKeyProblem(this.apiKey);
		if (keyProblem != null) {
			throw new IllegalArgumentException("Invalid Novu API key: " + keyProblem);
		}
		String apiKey = this.apiKey;
		String url = resolveBaseUrl();
		String urlProblem = baseUrlProblem(url);
		if (urlProblem != null) {
			throw new IllegalArgumentException("Invalid Novu base URL '" + url + "': " + urlProblem);
		}
		URI uri = URI.create(url);
		RestClient.@Nullable Builder given = (this.restClientBuilder != null) ? this.restClientBuilder.clone() : null;
		@Nullable Supplier<RestClient.Builder> onFirstCall = this.restClientBuilderOnFirstCall;
		@Nullable ObservationRegistry registry = this.observationRegistry;
		@Nullable BiFunction<Duration, Duration, ClientHttpRequestFactory> fromTimeouts = this.requestFactoryForTimeouts;
		Duration connectTimeout = this.connectTimeout;
		Duration readTimeout = this.readTimeout;
		// With a builder supplied on the first call, the HTTP client made from the timeouts (Spring Boot's) is
		// made then too; everything else is cheap and made now.
		@Nullable ClientHttpRequestFactory requestFactory = (onFirstCall != null && this.requestFactory == null
				&& fromTimeouts != null) ? null : requestFactory();
		// Nothing in RestClient has to see a request (no interceptor, initializer, default header or HTTP
		// observation): the transport calls the builder's JDK client directly (Apache goes through RestClient).
		JdkHttpRequestFactory direct = (given == null && onFirstCall == null && registry == null
				&& requestFactory instanceof JdkHttpRequestFactory jdk) ? jdk : null;
		// RestClient (its message converters, and Spring Boot's HTTP client) is made on the first call through it.
		OnFirstUse<RestClient> restClient = new OnFirstUse<>(() -> {
			RestClient.Builder builder = (given != null) ? given
					: (onFirstCall != null) ? Objects.requireNonNull(onFirstCall.get(), "RestClient.Builder").clone()
							: RestClient.builder();
			DefaultUriBuilderFactory uriFactory = new DefaultUriBuilderFactory(url);
			// Strict encoding of variables: an id with '/', '?', '#' or '%' stays inside its path segment.
			uriFactory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
			builder.uriBuilderFactory(uriFactory)
				.requestFactory((requestFactory != null) ? requestFactory
						: fromTimeouts(Objects.requireNonNull(fromTimeouts), connectTimeout, readTimeout));
			if (registry != null) {
				builder.observationRegistry(registry);
			}
			return builder.build();
		});
		String host = (uri.getPort() > 0) ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
		Supplier<String> generator = this.idempotencyKeyGenerator;
		// A bad generated key must fail before sending, as a bad caller-supplied key does.
		Supplier<String> checkedGenerator = () -> RequestOptions.checkIdempotencyKey(generator.get());
		NovuTransport transport = new NovuTransport(new NovuTransport.Settings(restClient, url, apiKey,
				ClientVersion.userAgent(), host, this.retry, this.idempotencyKeys, checkedGenerator,
				(registry != null) ? registry : ObservationRegistry.NOOP,
				this.observationConvention, this.responseListeners, this.clientListeners, direct));
		return new DefaultNovuClient(transport, url);
	}

	/**
	 * Checks an API key the way {@link #build()} does, without ever repeating it: a key goes into an HTTP
	 * header, where whitespace, control characters and non-ASCII characters (a byte-order mark copied from
	 * a file) are not allowed, and {@code ${...}} is a configuration placeholder that was never resolved.
	 * @param apiKey the key
	 * @return what is wrong with it, or {@code null} if nothing is; never contains the key
	 */
	public static @Nullable String apiKeyProblem(String apiKey) {
		if (apiKey.isBlank()) {
			return "it is blank";
		}
		if (apiKey.contains("${")) {
			return "it is an unresolved configuration placeholder ('${...}'): is the environment variable it names set?";
		}
		for (int i = 0; i < apiKey.length(); i++) {
			char c = apiKey.charAt(i);
			String what = Character.isWhitespace(c) || Character.isSpaceChar(c) ? "whitespace"
					: Character.isISOControl(c) ? "a control character"
							: (c == '\uFEFF') ? "a byte-order mark (U+FEFF, copied from a file?)"
									: (c > 0x7E) ? "a non-ASCII character" : null;
			if (what != null) {
				return "it has " + what + " at position " + (i + 1) + " of " + apiKey.length()
						+ " (only printable ASCII is allowed; the key is not shown)";
			}
		}
		return null;
	}

	/**
	 * Checks a base URL the way {@link #build()} does.
	 * @param url the URL
	 * @return what is wrong with it, or {@code null} if nothing is
	 */
	public static @Nullable String baseUrlProblem(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
		if (uri.getScheme() == null || uri.getHost() == null
				|| !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
			return "expected http(s)://host[:port][/path]";
		}
		return null;
	}

	private ClientHttpRequestFactory requestFactory() {
		if (this.requestFactory != null) {
			return withoutSpringAdapter(this.requestFactory, null);
		}
		if (this.requestFactoryForTimeouts != null) {
			return fromTimeouts(this.requestFactoryForTimeouts, this.connectTimeout, this.readTimeout);
		}
		HttpTransport transport = Objects.requireNonNull(resolveHttpTransport());
		logger.debug("Novu client HTTP transport: {} (httpTransport {})", transport, this.httpTransport);
		return (transport == HttpTransport.APACHE_HTTP_CLIENT_5)
				? ApacheDefaultClient.create(this.connectTimeout, this.readTimeout) : jdkRequestFactory();
	}

	private static ClientHttpRequestFactory fromTimeouts(
			BiFunction<Duration, Duration, ClientHttpRequestFactory> requestFactoryForTimeouts, Duration connectTimeout,
			Duration readTimeout) {
		return withoutSpringAdapter(Objects.requireNonNull(requestFactoryForTimeouts.apply(connectTimeout, readTimeout),
				"request factory"), readTimeout);
	}

	/**
	 * Spring's Apache HttpClient 5 factory (what Spring Boot picks when httpclient5 is on the class path) is
	 * replaced by the client's own, leaner adapter around the same HttpClient. Tested by class name, so
	 * Apache's classes are loaded only when it is that factory.
	 * @param readTimeout the read timeout the factory was made with, if this builder gave it
	 */
	private static ClientHttpRequestFactory withoutSpringAdapter(ClientHttpRequestFactory factory,
			@Nullable Duration readTimeout) {
		if (factory.getClass().getName().equals(ApacheHttpRequestFactory.SPRING_FACTORY)) {
			return ApacheHttpRequestFactory.adapt(factory, readTimeout);
		}
		return factory;
	}

	private ClientHttpRequestFactory jdkRequestFactory() {
		Duration connect = this.connectTimeout;
		// Built on the first call (it starts a selector thread), so an unused client costs nothing.
		return new JdkHttpRequestFactory(() -> HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connect)
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(SharedHttpExecutor.get())
			.build(), this.readTimeout);
	}

	private static Duration requirePositive(Duration value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
		return value;
	}

	@Override
	public String toString() {
		return "NovuClientBuilder{baseUrl=" + resolveBaseUrl() + ", apiKey="
				+ ((this.apiKey != null) ? "<redacted>" : "<unset>") + ", connectTimeout=" + this.connectTimeout
				+ ", readTimeout=" + this.readTimeout + ", httpTransport=" + this.httpTransport + ", retry=" + this.retry
				+ "}";
	}

}

package io.github.novu4j.client.bridge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * The Novu Framework bridge of the environment ({@code /v1/bridge}). Obtained from {@code NovuClient}; thread-safe.
 *
 * <p>{@code POST /v1/bridge/sync} is not in Novu's OpenAPI documents nor in {@code @novu/api}: it is the call the
 * {@code novu sync} CLI makes ({@code packages/novu/src/commands/sync.ts} in novuhq/novu). This client sends it the
 * same way, with the environment's secret key as the API key.
 *
 * <pre>{@code
 * List<SyncedWorkflow> workflows = novu.bridge().sync("https://app.example.com/api/novu");
 * }</pre>
 */
public class Bridge {

	/** The {@code source} query parameter this client sends (Novu uses it for its analytics only). */
	static final String SOURCE = "novu4j";

	private static final TypeReference<List<SyncedWorkflow>> WORKFLOWS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Bridge(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Registers the bridge at {@code bridgeUrl} with the client's environment ({@code POST /v1/bridge/sync}).
	 * Novu calls the bridge's {@code discover} action itself, with a signed request, while this call waits, so the
	 * bridge must be reachable from Novu now. Novu then stores each discovered workflow (code-first, origin
	 * {@code external}) and sets the environment's bridge URL.
	 *
	 * <p><strong>Novu deletes every code-first workflow of the environment that this bridge no longer
	 * discovers</strong>. Sync a bridge that serves all of the environment's
	 * code-first workflows, never a partial one, and never a development bridge to a production environment. Novu
	 * refuses the whole sync when a discovered workflow id belongs to a workflow made in its dashboard.
	 * @param bridgeUrl the bridge's absolute {@code http} or {@code https} URL as Novu reaches it, e.g.
	 * {@code https://app.example.com/api/novu}
	 * @return the workflows Novu stored, as it answers them
	 * @throws IllegalArgumentException if {@code bridgeUrl} is not an absolute http(s) URL with a host
	 */
	public List<SyncedWorkflow> sync(String bridgeUrl) {
		return sync(bridgeUrl, RequestOptions.none());
	}

	/**
	 * Registers the bridge at {@code bridgeUrl} ({@code POST /v1/bridge/sync}); see {@link #sync(String)}, including
	 * the workflows Novu deletes.
	 * @param bridgeUrl the bridge's absolute {@code http} or {@code https} URL as Novu reaches it
	 * @param options per-call options
	 * @return the workflows Novu stored
	 * @throws IllegalArgumentException if {@code bridgeUrl} is not an absolute http(s) URL with a host
	 */
	public List<SyncedWorkflow> sync(String bridgeUrl, RequestOptions options) {
		String checked = requireBridgeUrl(bridgeUrl);
		Objects.requireNonNull(options, "options");
		List<SyncedWorkflow> workflows = this.transport.call(ApiCall.post("bridge.sync", "/v1/bridge/sync")
			.query("source", SOURCE)
			.body(Map.of("bridgeUrl", checked))
			.build(), WORKFLOWS, options);
		return (workflows != null) ? List.copyOf(workflows) : List.of();
	}

	/**
	 * Checks a bridge URL: absolute, {@code http} or {@code https}, with a host, without user information (a
	 * password in the URL would be stored by Novu) and without a fragment.
	 * @param bridgeUrl the URL
	 * @return the URL, unchanged
	 * @throws IllegalArgumentException if it is not such a URL
	 */
	public static String requireBridgeUrl(@Nullable String bridgeUrl) {
		Objects.requireNonNull(bridgeUrl, "bridgeUrl");
		URI uri;
		try {
			uri = new URI(bridgeUrl);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("bridgeUrl is not a valid URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("bridgeUrl must be an absolute http or https URL, e.g. "
					+ "https://app.example.com/api/novu");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new IllegalArgumentException("bridgeUrl must name a host Novu can reach");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("bridgeUrl must not carry user information (Novu would store it)");
		}
		if (uri.getRawFragment() != null) {
			throw new IllegalArgumentException("bridgeUrl must not have a fragment");
		}
		return bridgeUrl;
	}

}

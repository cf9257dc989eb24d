package io.github.novu4j.client.bridge;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuRegion;
import org.jspecify.annotations.Nullable;

/**
 * Registers a Novu Framework bridge from the command line, e.g. as a deployment step after the new version serves
 * its workflows: {@code POST /v1/bridge/sync} through {@link Bridge#sync(String)}.
 *
 * <pre>{@code
 * NOVU_SECRET_KEY=... java -cp novu-client.jar:... io.github.novu4j.client.bridge.SyncBridge https://app.example.com/api/novu
 * }</pre>
 *
 * The one argument is the bridge's public URL. The secret key is read from the environment only
 * ({@code NOVU_SECRET_KEY}, else {@code NOVU_API_KEY}), never from the arguments (which other users of the machine
 * can see), and is never printed. {@code NOVU_API_URL} sets the API base URL (default {@code https://api.novu.co};
 * {@code https://eu.api.novu.co} for the EU region). Exit status: 0 synced, 1 Novu refused or could not be reached,
 * 2 wrong usage.
 *
 * <p><strong>Novu deletes every code-first workflow of the environment that the bridge no longer serves.</strong>
 */
public final class SyncBridge {

	private SyncBridge() {
	}

	/**
	 * Syncs the bridge whose URL is the one argument and exits with 0, 1 or 2 (see the class description).
	 * @param args the bridge URL
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/**
	 * Does what {@link #main} does, without exiting.
	 * @param args the arguments
	 * @param env the environment variables
	 * @param out where the result goes
	 * @param err where errors go
	 * @return the exit status
	 */
	static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
		if (args.length != 1 || args[0].startsWith("-")) {
			err.println("Usage: NOVU_SECRET_KEY=<secret key> [NOVU_API_URL=https://eu.api.novu.co] "
					+ "java ... io.github.novu4j.client.bridge.SyncBridge <bridge URL>");
			err.println("The secret key is read from the environment only, never from the arguments.");
			return 2;
		}
		String bridgeUrl = args[0];
		String secretKey = firstSet(env.get("NOVU_SECRET_KEY"), env.get("NOVU_API_KEY"));
		if (secretKey == null) {
			err.println("Set NOVU_SECRET_KEY (or NOVU_API_KEY) to the secret key of the Novu environment to sync.");
			return 2;
		}
		try {
			Bridge.requireBridgeUrl(bridgeUrl);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		String apiUrl = firstSet(env.get("NOVU_API_URL"), NovuRegion.US.baseUrl());
		NovuClient novu = NovuClient.builder().apiKey(secretKey).baseUrl(apiUrl).build();
		try {
			List<SyncedWorkflow> workflows = novu.bridge().sync(bridgeUrl);
			String ids = workflows.stream()
				.map((workflow) -> Objects.requireNonNullElse(workflow.workflowId(), String.valueOf(workflow.id())))
				.collect(Collectors.joining(", "));
			out.println("Novu (" + apiUrl + ") synced " + workflows.size() + " workflow(s) from " + bridgeUrl
					+ (ids.isEmpty() ? "" : ": " + ids));
			out.println("Code-first workflows this bridge no longer serves were deleted by Novu.");
			return 0;
		}
		catch (NovuException ex) {
			err.println("Sync failed: " + ex.getMessage());
			return 1;
		}
	}

	private static @Nullable String firstSet(@Nullable String first, @Nullable String second) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		return (second != null && !second.isBlank()) ? second : null;
	}

}

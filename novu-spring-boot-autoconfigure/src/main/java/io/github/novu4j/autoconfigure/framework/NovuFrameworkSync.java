package io.github.novu4j.autoconfigure.framework;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.bridge.SyncedWorkflow;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Registers the bridge with Novu ({@code POST /v1/bridge/sync}) once the application is ready, that is after the
 * web server accepts requests: Novu calls the bridge's {@code discover} action back while the sync waits. Active only
 * with {@code novu.framework.sync.enabled=true} and {@code novu.framework.sync.bridge-url}.
 *
 * <p>A failed sync is logged as a warning and the application keeps running, unless
 * {@code novu.framework.sync.fail-on-error=true}, which stops it. Novu deletes the code-first workflows of the
 * environment that the bridge no longer serves.
 */
public final class NovuFrameworkSync implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(NovuFrameworkSync.class);

	private final NovuClient novu;

	private final String bridgeUrl;

	private final boolean failOnError;

	/**
	 * Prepares the sync; the auto-configuration creates it.
	 * @param novu the client, with the environment's secret key
	 * @param bridgeUrl the bridge's public URL, already checked
	 * @param failOnError whether a failure stops the application
	 */
	public NovuFrameworkSync(NovuClient novu, String bridgeUrl, boolean failOnError) {
		this.novu = Objects.requireNonNull(novu, "novu");
		this.bridgeUrl = Objects.requireNonNull(bridgeUrl, "bridgeUrl");
		this.failOnError = failOnError;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		try {
			List<SyncedWorkflow> workflows = this.novu.bridge().sync(this.bridgeUrl);
			String ids = workflows.stream()
				.map((workflow) -> Objects.requireNonNullElse(workflow.workflowId(), String.valueOf(workflow.id())))
				.collect(Collectors.joining(", "));
			logger.info("Novu synced " + workflows.size() + " workflow(s) from the bridge at " + this.bridgeUrl
					+ (ids.isEmpty() ? "" : ": " + ids));
		}
		catch (RuntimeException ex) {
			String message = "Novu could not sync the bridge at " + this.bridgeUrl + ": " + ex.getMessage();
			if (this.failOnError) {
				throw new IllegalStateException(message + " (novu.framework.sync.fail-on-error=true)", ex);
			}
			logger.warn(message + "; the application keeps running (set novu.framework.sync.fail-on-error=true "
					+ "to stop it instead)");
		}
	}

	@Override
	public String toString() {
		return "NovuFrameworkSync{bridgeUrl=" + this.bridgeUrl + ", failOnError=" + this.failOnError + "}";
	}

}

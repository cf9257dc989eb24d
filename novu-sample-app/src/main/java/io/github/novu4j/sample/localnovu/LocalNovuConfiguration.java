package io.github.novu4j.sample.localnovu;

import java.net.URI;
import java.util.List;

import io.github.novu4j.autoconfigure.NovuClientCustomizer;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.bridge.SyncedWorkflow;
import io.github.novu4j.framework.NovuBridge;
import io.github.novu4j.test.LocalNovu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Runs the sample against the test kit's {@link LocalNovu} (module novu-test) when no real API key is given: application.yml
 * sets {@code novu.api-key} to {@value #STAND_IN_API_KEY} unless {@code NOVU_API_KEY} is set. The stand-in
 * starts on a free loopback port and a {@link NovuClientCustomizer} points the client at it. Once the web server
 * listens, the stand-in gets this application's webhook endpoint and syncs its Framework bridge ({@code /api/novu}),
 * so triggers of the Java workflows ({@code OrderWorkflows}) are rendered by this application, as with Novu Cloud.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "novu.api-key", havingValue = LocalNovuConfiguration.STAND_IN_API_KEY)
public class LocalNovuConfiguration {

	/** The placeholder key that means "no Novu account: use the local stand-in". */
	public static final String STAND_IN_API_KEY = "local-stand-in";

	private static final Logger logger = LoggerFactory.getLogger(LocalNovuConfiguration.class);

	@Bean(destroyMethod = "close")
	LocalNovu localNovu() {
		LocalNovu localNovu = LocalNovu.start(STAND_IN_API_KEY);
		logger.warn("NOVU_API_KEY is not set, so this sample uses a LOCAL Novu stand-in at {}: triggers are "
				+ "answered like Novu does, but nothing is delivered and nothing leaves this machine. To use Novu "
				+ "Cloud, set NOVU_API_KEY to your environment's secret key (and NOVU_REGION=eu if your data lives "
				+ "in the EU) and restart.", localNovu.baseUrl());
		return localNovu;
	}

	@Bean
	NovuClientCustomizer localNovuBaseUrl(LocalNovu localNovu) {
		return (builder) -> builder.baseUrl(localNovu.baseUrl());
	}

	/**
	 * Once the web server listens, points the stand-in's webhooks at this application's webhook endpoint,
	 * signed with the secret the endpoint verifies with (see {@link LocalNovuWebhookSecret}).
	 */
	@Bean
	ApplicationListener<WebServerInitializedEvent> localNovuWebhooks(LocalNovu localNovu, Environment environment) {
		return (event) -> {
			String secret = environment.getProperty("novu.webhooks.secret");
			if (event.getApplicationContext().getServerNamespace() != null || !StringUtils.hasText(secret)) {
				return;
			}
			String path = environment.getProperty("novu.webhooks.path", "/novu/webhooks");
			URI endpoint = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + path);
			localNovu.sendWebhooksTo(endpoint, secret);
			logger.info("The local Novu stand-in posts signed message.sent, message.delivered / message.failed webhooks to {}", endpoint);
		};
	}

	/**
	 * Once the web server listens, syncs the Framework bridge to the stand-in, as {@code npx novu sync} does with
	 * Novu Cloud: the stand-in discovers the workflows with a signed request and from then on calls the bridge to
	 * render each step of a triggered workflow. A failed sync is logged; the application still starts.
	 */
	@Bean
	ApplicationListener<WebServerInitializedEvent> localNovuBridgeSync(NovuClient novu,
			ObjectProvider<NovuBridge> bridge, Environment environment) {
		return (event) -> {
			if (event.getApplicationContext().getServerNamespace() != null || bridge.getIfAvailable() == null) {
				return;
			}
			String path = environment.getProperty("novu.framework.path", "/api/novu");
			URI bridgeUrl = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + path);
			try {
				// The client's own operation, answered by the stand-in as Novu answers it (it discovers the bridge).
				List<String> workflows = novu.bridge().sync(bridgeUrl.toString()).stream()
					.map(SyncedWorkflow::workflowId)
					.toList();
				logger.info("Synced the Framework bridge {} to the local Novu stand-in: workflows {}", bridgeUrl, workflows);
			}
			catch (NovuException ex) {
				logger.warn("Could not sync the Framework bridge to the local Novu stand-in: {}", ex.getMessage());
			}
		};
	}

}

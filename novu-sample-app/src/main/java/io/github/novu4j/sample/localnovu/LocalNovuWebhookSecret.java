package io.github.novu4j.sample.localnovu;

import java.util.Map;

import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With the local stand-in ({@code novu.api-key=local-stand-in}) and no {@code NOVU_WEBHOOK_SECRET}, gives
 * {@code novu.webhooks.secret} a random value for this run, so the webhook endpoint is on and the stand-in
 * signs its webhooks with that secret. Against Novu Cloud nothing is made up: without NOVU_WEBHOOK_SECRET
 * there is no endpoint. Registered in {@code META-INF/spring.factories}.
 */
public class LocalNovuWebhookSecret implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean standIn = LocalNovuConfiguration.STAND_IN_API_KEY.equals(environment.getProperty("novu.api-key"));
		if (standIn && !StringUtils.hasText(environment.getProperty("novu.webhooks.secret"))) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("localNovuWebhookSecret",
						Map.of("novu.webhooks.secret", NovuWebhookSigner.generateSecret())));
		}
	}

}

package io.github.novu4j.sample.localnovu;

import io.github.novu4j.autoconfigure.NovuClientCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the sample against a {@link LocalNovu} stand-in when no real API key is given: application.yml
 * sets {@code novu.api-key} to {@value #STAND_IN_API_KEY} unless {@code NOVU_API_KEY} is set. The stand-in
 * starts on a free loopback port and a {@link NovuClientCustomizer} points the client at it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "novu.api-key", havingValue = LocalNovuConfiguration.STAND_IN_API_KEY)
public class LocalNovuConfiguration {

	/** The placeholder key that means "no Novu account: use the local stand-in". */
	public static final String STAND_IN_API_KEY = "local-stand-in";

	private static final Logger logger = LoggerFactory.getLogger(LocalNovuConfiguration.class);

	@Bean(destroyMethod = "close")
	LocalNovu localNovu() {
		LocalNovu localNovu = LocalNovu.start();
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

}

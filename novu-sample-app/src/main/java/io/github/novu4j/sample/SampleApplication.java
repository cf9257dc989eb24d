package io.github.novu4j.sample;

import io.github.novu4j.client.NovuClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * An order service that tells its customers, through Novu, when their orders are placed and shipped.
 *
 * <p>Without {@code NOVU_API_KEY} it talks to a local Novu stand-in started inside the app; with it, to
 * Novu Cloud ({@code NOVU_REGION=eu} for the EU region).
 */
@SpringBootApplication
public class SampleApplication {

	private static final Logger logger = LoggerFactory.getLogger(SampleApplication.class);

	private static final String EXAMPLE_ORDER = "{\"customer\":{\"id\":\"cust-42\",\"email\":\"ada@example.com\","
			+ "\"firstName\":\"Ada\"},\"items\":[{\"sku\":\"book-1\",\"quantity\":2,\"unitPrice\":12.50}]}";

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		NovuClient novu = event.getApplicationContext().getBean(NovuClient.class);
		logger.info("Order service ready; notifications go to {}. Place an order: curl -s -X POST "
				+ "http://localhost:{}/orders -H 'Content-Type: application/json' -d '{}'", novu, port, EXAMPLE_ORDER);
	}

}

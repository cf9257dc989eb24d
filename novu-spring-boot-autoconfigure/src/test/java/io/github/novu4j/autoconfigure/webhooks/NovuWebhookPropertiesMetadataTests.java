package io.github.novu4j.autoconfigure.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code novu.webhooks.*} property is in the configuration metadata, with a description. */
class NovuWebhookPropertiesMetadataTests {

	@Test
	void everyWebhookPropertyIsDescribed() throws IOException {
		List<JsonNode> properties = new ArrayList<>();
		for (URL url : Collections.list(getClass().getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonMapper.builder().build().readTree(in).path("properties").forEach((p) -> {
					if (p.path("name").asString().startsWith("novu.webhooks.")) {
						properties.add(p);
					}
				});
			}
		}

		assertThat(properties).extracting((p) -> p.get("name").asString())
			.containsExactlyInAnyOrder("novu.webhooks.secret", "novu.webhooks.secrets", "novu.webhooks.path",
					"novu.webhooks.tolerance", "novu.webhooks.deduplication", "novu.webhooks.retention",
					"novu.webhooks.memory-max-entries", "novu.webhooks.jdbc.initialize-schema",
					"novu.webhooks.jdbc.cleanup-interval");
		assertThat(properties).allSatisfy((p) -> assertThat(p.path("description").asString()).as(p.get("name").asString())
			.hasSizeGreaterThan(20));
	}

}

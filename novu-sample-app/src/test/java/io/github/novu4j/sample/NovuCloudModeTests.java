package io.github.novu4j.sample;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.test.LocalNovu;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With NOVU_API_KEY (and NOVU_REGION) set, application.yml hands them to the client and no stand-in starts.
 * Nothing is sent: starting the app makes no call to Novu.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "NOVU_API_KEY=nv-cloud-test-key", "NOVU_REGION=eu" })
class NovuCloudModeTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void talksToNovuCloudInTheConfiguredRegion() {
		assertThat(this.context.getBeansOfType(LocalNovu.class)).isEmpty();
		assertThat(this.context.getBean(NovuClient.class)).hasToString("NovuClient{baseUrl=https://eu.api.novu.co}");
	}

}

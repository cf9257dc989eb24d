package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.TriggerRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension injects fields and parameters, shares one local Novu per class and resets it per test. */
@ExtendWith(LocalNovuExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalNovuExtensionTests {

	private static LocalNovu first;

	LocalNovu novu;

	NovuClient client;

	@Test
	@Order(1)
	void fieldsAndParametersAreTheSameRunningLocalNovu(LocalNovu parameter, NovuClient clientParameter) {
		first = this.novu;
		assertThat(parameter).isSameAs(this.novu);
		assertThat(clientParameter).isSameAs(this.client).isSameAs(this.novu.client());
		assertThat(this.client.environments().retrieve().name()).isEqualTo("Local Novu");
		this.client.trigger(TriggerRequest.builder("left-over").toSubscriber("a").payload(Map.of()).build());
		assertThat(this.novu.triggers()).hasSize(1);
	}

	@Test
	@Order(2)
	void theNextTestSeesTheSameServerReset() {
		assertThat(this.novu).isSameAs(first);
		assertThat(this.novu.triggers()).isEmpty();
		assertThat(this.novu.requests()).isEmpty();
		assertThat(this.novu.messages("a")).isEmpty();
	}

	@Nested
	class NestedTests {

		@Test
		void aNestedClassSharesTheOuterLocalNovu(LocalNovu parameter) {
			assertThat(parameter).isSameAs(LocalNovuExtensionTests.this.novu);
			assertThat(parameter.client().environments().retrieve()).isNotNull();
		}

	}

}

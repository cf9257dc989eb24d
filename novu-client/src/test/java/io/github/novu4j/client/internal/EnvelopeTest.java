package io.github.novu4j.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.novu4j.client.CursorPage;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.subscribers.Subscriber;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

	private final JsonMapper mapper = NovuJson.mapper();

	private <T> T read(String json, Class<T> type) {
		return Envelope.read(this.mapper, json.getBytes(StandardCharsets.UTF_8), this.mapper.constructType(type));
	}

	private CursorPage<Map<String, Object>> readPage(String json) {
		JavaType type = this.mapper.getTypeFactory().constructParametricType(CursorPage.class, Map.class);
		return Envelope.read(this.mapper, json.getBytes(StandardCharsets.UTF_8), type);
	}

	@Test
	void unwrapsTheOnlyKeyDataStraightIntoTheType() {
		TriggerResult result = read("{\"data\":{\"acknowledged\":true,\"status\":\"processed\",\"transactionId\":\"tx-1\"}}",
				TriggerResult.class);

		assertThat(result.transactionId()).isEqualTo("tx-1");
		assertThat(read("{\"data\":false}", Boolean.class)).isFalse();
		assertThat(read("{\"data\":0}", Integer.class)).isZero();
	}

	@Test
	void nullEnvelopedOrNotAndBlankBodiesAreNoResult() {
		assertThat(read("{\"data\":null}", TriggerResult.class)).isNull();
		assertThat(read("null", TriggerResult.class)).isNull();
		assertThat(read("  ", TriggerResult.class)).isNull();
		assertThat(readPage("{\"data\":null}")).isNull();
	}

	@Test
	void aBareBodyWithDataBesideOtherKeysIsTheResultItself() {
		CursorPage<Map<String, Object>> bare = readPage("{\"data\":[{\"id\":1},{\"id\":2}],\"next\":\"c2\",\"previous\":null}");
		CursorPage<Map<String, Object>> dataLast = readPage("{\"next\":\"c2\",\"data\":[{\"id\":1}]}");
		CursorPage<Map<String, Object>> wrapped = readPage("{\"data\":{\"data\":[{\"id\":1}],\"next\":\"c3\"}}");

		assertThat(bare.data()).hasSize(2);
		assertThat(bare.next()).isEqualTo("c2");
		assertThat(dataLast.data()).hasSize(1);
		assertThat(wrapped.next()).isEqualTo("c3");
		// A type without a data property, and a body that only starts like an envelope.
		TriggerResult notEnveloped = read("{\"data\":\"x\",\"acknowledged\":true}", TriggerResult.class);
		assertThat(notEnveloped.acknowledged()).isTrue();
	}

	@Test
	void aPageStartingWithItsListIsThePageAlsoWhenTheListIsTheOnlyKey() {
		CursorPage<Map<String, Object>> listFirst = readPage("{\"data\":[{\"id\":1},{\"id\":2}],\"next\":\"c2\"}");
		CursorPage<Map<String, Object>> listOnly = readPage("{\"data\":[{\"id\":1}]}");
		CursorPage<Map<String, Object>> empty = readPage("{\"data\":[]}");
		Page<Subscriber> subscribers = Envelope.read(this.mapper,
				"{\"data\":[{\"subscriberId\":\"u1\",\"data\":{\"plan\":\"pro\"}}],\"page\":3,\"hasMore\":false}"
					.getBytes(StandardCharsets.UTF_8),
				this.mapper.getTypeFactory().constructParametricType(Page.class, Subscriber.class));

		assertThat(listFirst.data()).extracting((entry) -> entry.get("id")).containsExactly(1, 2);
		assertThat(listFirst.next()).isEqualTo("c2");
		assertThat(listOnly.data()).containsExactly(Map.of("id", 1));
		assertThat(listOnly.next()).isNull();
		assertThat(empty.data()).isEmpty();
		assertThat(subscribers.page()).isEqualTo(3);
		assertThat(subscribers.hasMore()).isFalse();
		assertThat(subscribers.data()).singleElement().satisfies((subscriber) -> {
			assertThat(subscriber.subscriberId()).isEqualTo("u1");
			assertThat(subscriber.data()).containsEntry("plan", "pro");
		});
	}

	@Test
	void aSubscriberStartingWithItsDataMapIsToldFromAnEnvelope() {
		Subscriber bare = read("{\"data\":{\"plan\":\"pro\"},\"subscriberId\":\"u1\"}", Subscriber.class);
		Subscriber wrapped = read("{\"data\":{\"data\":{\"plan\":\"team\"},\"subscriberId\":\"u2\"}}",
				Subscriber.class);
		Subscriber dataOnly = read("{\"data\":{\"subscriberId\":\"u3\"}}", Subscriber.class);

		assertThat(bare.subscriberId()).isEqualTo("u1");
		assertThat(bare.data()).containsEntry("plan", "pro");
		assertThat(wrapped.subscriberId()).isEqualTo("u2");
		assertThat(wrapped.data()).containsEntry("plan", "team");
		assertThat(dataOnly.subscriberId()).isEqualTo("u3");
		assertThat(dataOnly.data()).isNull();
	}

	@Test
	void anEnvelopeOfTheWrongShapeFails() {
		assertThatThrownBy(() -> read("{\"data\":[1,2]}", TriggerResult.class)).isInstanceOf(JacksonException.class);
		assertThatThrownBy(() -> read("{\"data\":{\"acknowledged\":tru", TriggerResult.class))
			.isInstanceOf(JacksonException.class);
	}

}

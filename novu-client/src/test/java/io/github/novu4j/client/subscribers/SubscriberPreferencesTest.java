package io.github.novu4j.client.subscribers;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.messages.MessageStatus;
import io.github.novu4j.client.notifications.WorkflowTrigger;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.wrapped;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@code subscribers().preferences()} and {@code subscribers().properties()}. */
class SubscriberPreferencesTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void listReadsPerWorkflowPreferencesWithObjectTriggers() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/preferences"))
			.willReturn(json(200, "{\"data\":[" + WireSamples.WORKFLOW_PREFERENCE + "]}")));
		SubscriberPreferences preferences = novu.client().subscribers().preferences();

		List<SubscriberPreference> all = preferences.list("user-42");
		preferences.list("user-42", true, RequestOptions.none());

		SubscriberPreference first = all.get(0);
		assertThat(first.isGlobal()).isFalse();
		assertThat(first.template().id()).isEqualTo("wf-1");
		assertThat(first.template().triggers().get(0).identifier()).isEqualTo("order-shipped");
		assertThat(first.template().triggers().get(0).variables()).extracting(WorkflowTrigger.Variable::name)
			.containsExactly("orderId");
		assertThat(first.preference().channels().inApp()).isTrue();
		assertThat(first.preference().channels().sms()).isFalse();
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42/preferences",
					"/v1/subscribers/user-42/preferences?includeInactiveChannels=true");
	}

	@Test
	void updateGlobalPatchesChannelsAndReadsTheBareGlobalPreference() {
		novu.stubFor(patch("/v1/subscribers/user-42/preferences")
			.willReturn(json(200, wrapped(WireSamples.GLOBAL_PREFERENCE))));

		SubscriberPreference global = novu.client()
			.subscribers()
			.preferences()
			.updateGlobal("user-42", UpdateGlobalPreferencesRequest.builder()
				.enabled(true)
				.channel(ChannelType.SMS, false)
				.channel(ChannelType.IN_APP, true)
				.build());

		assertThat(global.isGlobal()).isTrue();
		assertThat(global.preference().enabled()).isTrue();
		assertThat(global.preference().channels().chat()).isTrue();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getBodyAsString()).isEqualTo("{\"enabled\":true,\"preferences\":"
				+ "[{\"type\":\"sms\",\"enabled\":false},{\"type\":\"in_app\",\"enabled\":true}]}");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateGlobalPreferencesRequest.builder().build())
			.withMessageContaining("needs 'enabled' or at least one channel preference");
	}

	@Test
	void retrieveByLevelPutsTheLevelInThePath() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/preferences/global"))
			.willReturn(json(200, "{\"data\":[" + WireSamples.GLOBAL_PREFERENCE + "]}")));
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/preferences/template"))
			.willReturn(json(200, "{\"data\":[" + WireSamples.WORKFLOW_PREFERENCE + "]}")));
		SubscriberPreferences preferences = novu.client().subscribers().preferences();

		List<SubscriberPreference> global = preferences.retrieveByLevel("user-42", PreferenceLevel.GLOBAL);
		List<SubscriberPreference> perWorkflow = preferences.retrieveByLevel("user-42", PreferenceLevel.TEMPLATE, false,
				RequestOptions.none());

		assertThat(global).singleElement().satisfies((preference) -> assertThat(preference.isGlobal()).isTrue());
		assertThat(perWorkflow).singleElement()
			.satisfies((preference) -> assertThat(preference.template().name()).isEqualTo("Order shipped"));
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42/preferences/global",
					"/v1/subscribers/user-42/preferences/template?includeInactiveChannels=false");
		assertThat(PreferenceLevel.of("global")).isEqualTo(PreferenceLevel.GLOBAL);
	}

	@Test
	void updatePatchesOneWorkflowsPreference() {
		novu.stubFor(patch("/v1/subscribers/user-42/preferences/wf-1")
			.willReturn(json(200, wrapped(WireSamples.WORKFLOW_PREFERENCE))));
		novu.stubFor(patch("/v1/subscribers/user-42/preferences/unknown").willReturn(json(404,
				"{\"statusCode\":404,\"message\":\"Workflow not found\",\"error\":\"Not Found\"}")));
		SubscriberPreferences preferences = novu.client().subscribers().preferences();

		SubscriberPreference updated = preferences.update("user-42", "wf-1",
				UpdatePreferenceRequest.channel(ChannelType.EMAIL, false));
		preferences.update("user-42", "wf-1", UpdatePreferenceRequest.enabled(true));

		assertThat(updated.template().critical()).isFalse();
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"channel\":{\"type\":\"email\",\"enabled\":false}}", "{\"enabled\":true}");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> preferences.update("user-42", "unknown", UpdatePreferenceRequest.enabled(false)))
			.withMessageContaining("Workflow not found");
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdatePreferenceRequest(null, null));
	}

	@Test
	void updateOnlineFlagPatchesTheFlag() {
		novu.stubFor(patch("/v1/subscribers/user-42/online-status")
			.willReturn(json(200, wrapped(WireSamples.SUBSCRIBER))));

		Subscriber subscriber = novu.client().subscribers().properties().updateOnlineFlag("user-42", true);

		assertThat(subscriber.isOnline()).isTrue();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getBodyAsString()).isEqualTo("{\"isOnline\":true}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void channelTypesNovuAddsLaterStillParse() {
		novu.stubFor(patch("/v1/subscribers/user-42/preferences").willReturn(json(200,
				"{\"data\":{\"preference\":{\"enabled\":true,\"channels\":{\"email\":true,\"whatsapp\":true}}}}")));

		SubscriberPreference global = novu.client()
			.subscribers()
			.preferences()
			.updateGlobal("user-42", UpdateGlobalPreferencesRequest.builder().channel(ChannelType.EMAIL, true).build());

		assertThat(global.preference().channels().email()).isTrue();
		assertThat(ChannelType.of("whatsapp").value()).isEqualTo("whatsapp");
		assertThat(ChannelType.of("in_app")).isEqualTo(ChannelType.IN_APP);
		assertThat(MessageStatus.of("queued").toString()).isEqualTo("queued");
	}

}

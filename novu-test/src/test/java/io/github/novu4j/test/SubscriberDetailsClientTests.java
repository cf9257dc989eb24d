package io.github.novu4j.test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.subscribers.ChannelCredentials;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.subscribers.PreferenceLevel;
import io.github.novu4j.client.subscribers.Subscriber;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import io.github.novu4j.client.subscribers.SubscriberPreference;
import io.github.novu4j.client.subscribers.UpdateGlobalPreferencesRequest;
import io.github.novu4j.client.subscribers.UpdatePreferenceRequest;
import io.github.novu4j.client.v2.subscribers.BulkUpdatePreferencesRequest;
import io.github.novu4j.client.v2.subscribers.PreferenceChannels;
import io.github.novu4j.client.v2.subscribers.PreferenceResult;
import io.github.novu4j.client.v2.subscribers.Preferences;
import io.github.novu4j.client.v2.subscribers.UpdatePreferencesRequest;
import io.github.novu4j.client.v2.topics.CreateTopicSubscriptionsRequest;
import io.github.novu4j.client.v2.topics.PreferenceRule;
import io.github.novu4j.client.v2.topics.TopicSubscription;
import io.github.novu4j.client.v2.topics.TopicSubscriptionDetails;
import io.github.novu4j.client.v2.topics.UpdateTopicSubscriptionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real {@link NovuClient} against the local Novu's subscriber details: credentials, online status,
 * preferences v1 and v2, topic subscriptions. After each test every request is validated against Novu's OpenAPI
 * documents and every 2xx answer against its response schema.
 */
@ExtendWith(LocalNovuExtension.class)
class SubscriberDetailsClientTests {

	/**
	 * Answers that differ from their documented schema because the document is wrong (WIRE-FORMAT §9): the v1
	 * preference templates carry trigger objects, not strings, updateGlobal answers only {@code preference}, and a
	 * push channel's credentials have no {@code webhookUrl}.
	 */
	private static final Set<String> DOCUMENTED_WRONG = Set.of("GET /v1/subscribers/{subscriberId}/preferences",
			"PUT /v1/subscribers/{subscriberId}/credentials", "PATCH /v1/subscribers/{subscriberId}/credentials",
			"GET /v1/subscribers/{subscriberId}",
			"GET /v1/subscribers/{subscriberId}/preferences/{parameter}",
			"PATCH /v1/subscribers/{subscriberId}/preferences",
			"PATCH /v1/subscribers/{subscriberId}/preferences/{parameter}");

	/** Paths whose requests are valid for Novu but not for its document (WIRE-FORMAT §9). */
	private final Set<String> documentDefects = new java.util.HashSet<>();

	LocalNovu novu;

	NovuClient client;

	@AfterEach
	void requestsAndAnswersFollowNovusOpenApiDocuments() {
		OpenApiCheck.assertValid(this.novu.requests(), this.documentDefects);
		assertThat(OpenApiCheck.responseProblems(this.novu.answers(), DOCUMENTED_WRONG)).isEmpty();
	}

	@Test
	void credentialsAreReplacedAppendedAndDeleted() {
		this.client.subscribers().create(CreateSubscriberRequest.of("ada"));
		Subscriber slack = this.client.subscribers()
			.credentials()
			.update("ada", SubscriberChannel.of("slack", ChannelCredentials.webhook("https://hooks.example.com/1")));
		assertThat(slack.channels()).singleElement().satisfies((channel) -> {
			assertThat(channel.providerId()).isEqualTo("slack");
			assertThat(channel.credentials().webhookUrl()).isEqualTo("https://hooks.example.com/1");
		});

		// WIRE-FORMAT §9: a push channel has deviceTokens and no webhookUrl, which the document requires.
		this.documentDefects.add("/v1/subscribers/ada/credentials");
		this.client.subscribers().credentials().update("ada", SubscriberChannel.of("fcm", ChannelCredentials.deviceTokens(List.of("t1"))));
		Subscriber appended = this.client.subscribers()
			.credentials()
			.append("ada", SubscriberChannel.of("fcm", ChannelCredentials.deviceTokens(List.of("t2"))));
		assertThat(appended.channels()).filteredOn((c) -> c.providerId().equals("fcm"))
			.singleElement()
			.satisfies((c) -> assertThat(c.credentials().deviceTokens()).containsExactly("t1", "t2"));
		Subscriber replaced = this.client.subscribers()
			.credentials()
			.update("ada", SubscriberChannel.of("fcm", ChannelCredentials.deviceTokens(List.of("t3"))));
		assertThat(replaced.channels()).filteredOn((c) -> c.providerId().equals("fcm"))
			.singleElement()
			.satisfies((c) -> assertThat(c.credentials().deviceTokens()).containsExactly("t3"));

		this.client.subscribers().credentials().delete("ada", "slack");
		assertThat(this.client.subscribers().retrieve("ada").channels()).extracting(SubscriberChannel::providerId)
			.containsExactly("fcm");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> this.client.subscribers()
			.credentials()
			.update("nobody", SubscriberChannel.of("slack", ChannelCredentials.webhook("https://hooks.example.com/1"))));
	}

	@Test
	void onlineStatusIsStored() {
		this.client.subscribers().create(CreateSubscriberRequest.of("ada"));
		assertThat(this.client.subscribers().properties().updateOnlineFlag("ada", true).isOnline()).isTrue();
		assertThat(this.novu.subscriber("ada")).get().satisfies((s) -> assertThat(s).containsEntry("isOnline", true));
		Subscriber offline = this.client.subscribers().properties().updateOnlineFlag("ada", false);
		assertThat(offline.isOnline()).isFalse();
		assertThat(this.novu.subscriber("ada")).get().satisfies((s) -> assertThat(s).containsKey("lastOnlineAt"));
	}

	@Test
	void v1PreferencesListUpdateGlobalRetrieveByLevelAndUpdate() {
		this.client.subscribers().create(CreateSubscriberRequest.of("ada"));
		assertThat(this.client.subscribers().preferences().list("ada")).isEmpty();

		SubscriberPreference global = this.client.subscribers()
			.preferences()
			.updateGlobal("ada", UpdateGlobalPreferencesRequest.builder().channel(ChannelType.EMAIL, false).build());
		assertThat(global.preference().enabled()).isTrue();
		assertThat(global.preference().channels().email()).isFalse();
		assertThat(global.preference().channels().inApp()).isTrue();

		SubscriberPreference workflow = this.client.subscribers()
			.preferences()
			.update("ada", "order-shipped", UpdatePreferenceRequest.channel(ChannelType.PUSH, false));
		assertThat(workflow.template().name()).isEqualTo("order-shipped");
		assertThat(workflow.preference().channels().push()).isFalse();

		assertThat(this.client.subscribers().preferences().list("ada")).singleElement()
			.satisfies((p) -> assertThat(p.preference().channels().push()).isFalse());
		assertThat(this.client.subscribers().preferences().retrieveByLevel("ada", PreferenceLevel.GLOBAL)).singleElement()
			.satisfies((p) -> {
				assertThat(p.template()).isNull();
				assertThat(p.preference().channels().email()).isFalse();
			});
		assertThat(this.client.subscribers().preferences().retrieveByLevel("ada", PreferenceLevel.TEMPLATE))
			.extracting((p) -> p.template().name())
			.containsExactly("order-shipped");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> this.client.subscribers().preferences().list("nobody"));
	}

	@Test
	void v2PreferencesListUpdateAndBulkUpdate() {
		this.client.subscribers().create(CreateSubscriberRequest.of("ada"));
		Preferences initial = this.client.v2().subscribers().preferences().list("ada");
		assertThat(initial.global().enabled()).isTrue();
		assertThat(initial.global().channels().email()).isTrue();
		assertThat(initial.workflows()).isEmpty();

		Preferences global = this.client.v2()
			.subscribers()
			.preferences()
			.update("ada", UpdatePreferencesRequest.builder().channels(PreferenceChannels.builder().sms(false).build()).build());
		assertThat(global.global().channels().sms()).isFalse();

		Preferences workflow = this.client.v2()
			.subscribers()
			.preferences()
			.update("ada", UpdatePreferencesRequest.builder()
				.workflowId("welcome")
				.channels(PreferenceChannels.builder().email(false).build())
				.build());
		assertThat(workflow.workflows()).singleElement().satisfies((w) -> {
			assertThat(w.workflow().identifier()).isEqualTo("welcome");
			assertThat(w.channels().email()).isFalse();
			assertThat(w.channels().inApp()).isTrue();
		});

		List<PreferenceResult> bulk = this.client.v2()
			.subscribers()
			.preferences()
			.bulkUpdate("ada", BulkUpdatePreferencesRequest.of(List.of(
					BulkUpdatePreferencesRequest.Item.of("welcome", PreferenceChannels.builder().email(true).build()),
					BulkUpdatePreferencesRequest.Item.of("digest", PreferenceChannels.builder().push(false).build()))));
		assertThat(bulk).extracting((r) -> r.workflow().identifier()).containsExactly("welcome", "digest");
		assertThat(this.client.v2().subscribers().preferences().list("ada").workflows())
			.extracting((w) -> w.workflow().identifier(), (w) -> w.channels().email(), (w) -> w.channels().push())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("welcome", true, true),
					org.assertj.core.groups.Tuple.tuple("digest", true, false));
	}

	@Test
	void aSubscribersTopicsAndOneSubscriptionReadAndUpdated() {
		this.client.subscribers().create(CreateSubscriberRequest.of("ada"));
		this.client.v2().topics().subscriptions().create("news", CreateTopicSubscriptionsRequest.of("ada"));
		this.client.v2().topics().subscriptions().create("sales", CreateTopicSubscriptionsRequest.of("ada"));

		assertThat(this.client.v2().subscribers().topics().list("ada").stream())
			.extracting((s) -> s.topic().key())
			.containsExactlyInAnyOrder("news", "sales");

		String identifier = "tk_news:si_ada";
		Optional<TopicSubscriptionDetails> details = this.client.v2().topics().subscriptions().getSubscription("news", identifier);
		assertThat(details).get().satisfies((d) -> {
			assertThat(d.identifier()).isEqualTo(identifier);
			assertThat(d.preferences()).isEmpty();
		});

		TopicSubscription updated = this.client.v2()
			.topics()
			.subscriptions()
			.update("news", identifier, UpdateTopicSubscriptionRequest.builder()
				.name("Product news")
				.preference(PreferenceRule.workflow("weekly-digest", false))
				.build());
		assertThat(updated.name()).isEqualTo("Product news");
		assertThat(updated.preferences()).singleElement().satisfies((p) -> assertThat(p.enabled()).isFalse());
		assertThat(this.client.v2().topics().subscriptions().getSubscription("news", identifier)).get()
			.satisfies((d) -> assertThat(d.name()).isEqualTo("Product news"));

		// WIRE-FORMAT-CURRENT §H.3: an absent subscription is 204 without a body.
		assertThat(this.client.v2().topics().subscriptions().getSubscription("news", "tk_news:si_nobody")).isEmpty();
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> this.client.v2().subscribers().topics().list("nobody").stream().toList());
	}

}

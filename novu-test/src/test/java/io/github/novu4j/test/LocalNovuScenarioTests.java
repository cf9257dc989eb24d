package io.github.novu4j.test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.messages.Message;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.subscribers.MarkAs;
import io.github.novu4j.client.subscribers.MarkMessagesAsRequest;
import io.github.novu4j.client.topics.CreateTopicRequest;
import io.github.novu4j.client.topics.TopicSubscribersRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.novu4j.test.LocalNovuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A realistic flow through the real client: subscribers, a topic, a trigger to the topic, each feed, marking
 * read, unseen counts, a delayed trigger cancelled, deletion.
 */
class LocalNovuScenarioTests {

	@RegisterExtension
	static final LocalNovuExtension novu = new LocalNovuExtension();

	@Test
	void subscribersTopicTriggerFeedsMarkReadCancelDelete() {
		NovuClient client = novu.client();
		for (String id : List.of("alice", "bob", "carol")) {
			client.subscribers().create(CreateSubscriberRequest.builder(id).email(id + "@example.com").build());
		}
		client.topics().create(CreateTopicRequest.of("team", "The team"));
		client.topics().subscribers().assign("team", TopicSubscribersRequest.of("alice", "bob", "carol"));

		TriggerResult sent = client.trigger(TriggerRequest.builder("release-notes")
			.to(io.github.novu4j.client.events.Recipient.topic("team"))
			.payload(Map.of("version", "1.2"))
			.build());
		client.trigger(TriggerRequest.builder("mention").toSubscriber("alice").payload(Map.of("by", "bob")).build());
		assertThat(novu.localNovu()).hasTriggered("release-notes")
			.toTopic("team")
			.to("alice", "bob", "carol")
			.withTransactionId(sent.transactionId())
			.withPayloadEntry("version", "1.2");

		List<Message> aliceFeed = client.subscribers().notifications().retrieve("alice").firstPage().data();
		assertThat(aliceFeed).extracting(Message::templateIdentifier).containsExactly("mention", "release-notes");
		assertThat(client.subscribers().notifications().retrieve("bob").firstPage().data())
			.extracting(Message::templateIdentifier)
			.containsExactly("release-notes");
		assertThat(aliceFeed.get(1).payload()).containsEntry("version", "1.2");
		assertThat(client.subscribers().notifications().unseenCount("alice").count()).isEqualTo(2);

		client.subscribers().messages().markAllAs("alice", MarkMessagesAsRequest.of(MarkAs.READ, aliceFeed.get(0).id()));
		assertThat(client.subscribers().notifications().unseenCount("alice").count()).isEqualTo(1);
		assertThat(client.subscribers().notifications().unseenCount("bob").count()).isEqualTo(1);
		assertThat(client.subscribers().notifications().retrieve("alice").firstPage().data().get(0).read()).isTrue();

		// A workflow with a delay step: the trigger waits, and cancelling it stops it.
		novu.localNovu().delayWorkflow("reminder");
		TriggerResult reminder = client
			.trigger(TriggerRequest.builder("reminder").toSubscriber("bob").payload(Map.of()).build());
		assertThat(client.cancel(reminder.transactionId())).isTrue();
		assertThat(client.cancel(reminder.transactionId())).isFalse();
		assertThat(novu.localNovu().releaseDelayed()).isZero();
		assertThat(client.subscribers().notifications().unseenCount("bob").count()).isEqualTo(1);

		client.topics().subscribers().delete("team", TopicSubscribersRequest.of("alice", "bob", "carol"));
		client.topics().delete("team");
		client.subscribers().delete("alice");
		assertThat(novu.localNovu()).hasNoTopic("team").hasNoSubscriber("alice").hasSubscriber("bob");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.subscribers().retrieve("alice"));
		assertThat(client.subscribers().notifications().retrieve("alice").firstPage().data()).isEmpty();
		OpenApiCheck.assertValid(novu.localNovu().requests(), Set.of());
		// WIRE-FORMAT §9: the feed's items are message objects, not the document's feed items.
		assertThat(OpenApiCheck.responseProblems(novu.localNovu().answers(),
				Set.of("GET /v1/subscribers/{subscriberId}/notifications/feed"))).isEmpty();
	}

	@Test
	void aReleasedDelayReachesTheFeeds() {
		NovuClient client = novu.client();
		client.subscribers().create(CreateSubscriberRequest.of("dan"));
		client.subscribers().create(CreateSubscriberRequest.of("eve"));
		client.topics().subscribers().assign("ops", TopicSubscribersRequest.of("dan", "eve"));
		novu.localNovu().delayWorkflow("digest");
		client.trigger(TriggerRequest.builder("digest")
			.to(io.github.novu4j.client.events.Recipient.topic("ops"))
			.payload(Map.of())
			.build());
		assertThat(client.subscribers().notifications().unseenCount("dan").count()).isZero();
		assertThat(novu.localNovu().releaseDelayed()).isEqualTo(2);
		assertThat(client.subscribers().notifications().unseenCount("dan").count()).isEqualTo(1);
		assertThat(client.subscribers().notifications().unseenCount("eve").count()).isEqualTo(1);
	}

}

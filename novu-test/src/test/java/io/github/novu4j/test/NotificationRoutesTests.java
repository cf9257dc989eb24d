package io.github.novu4j.test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.executiondetails.ExecutionDetail;
import io.github.novu4j.client.messages.Message;
import io.github.novu4j.client.messages.MessageListRequest;
import io.github.novu4j.client.notifications.Notification;
import io.github.novu4j.client.notifications.NotificationListRequest;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** v1 activity of the local Novu: notifications, their stats and execution details, and messages. */
class NotificationRoutesTests extends KitRoutesTestSupport {

	/**
	 * WIRE-FORMAT §9: notifications are documented with {@code channels} as a string, trigger {@code variables}
	 * as strings and bare jobs; Novu sends arrays and objects.
	 */
	NotificationRoutesTests() {
		this.wrongSchemas.add("GET /v1/notifications");
		this.wrongSchemas.add("GET /v1/notifications/{notificationId}");
	}

	private String trigger(String workflow, String subscriberId) {
		return this.client.trigger(TriggerRequest.builder(workflow).toSubscriber(subscriberId).payload(Map.of("k", workflow)).build())
			.transactionId();
	}

	@Test
	void notificationsListFiltersAndRetrieve() {
		this.client.subscribers().create(CreateSubscriberRequest.builder("ada").email("ada@example.com").build());
		String first = trigger("welcome", "ada");
		trigger("welcome", "bob");
		trigger("receipt", "ada");

		List<Notification> all = this.client.notifications().list().stream().toList();
		assertThat(all).extracting((n) -> n.template().name()).containsExactly("receipt", "welcome", "welcome");
		assertThat(this.client.notifications().list(NotificationListRequest.builder().subscriberIds("ada").build()).stream())
			.hasSize(2);
		assertThat(this.client.notifications().list(NotificationListRequest.builder().transactionId(first).build()).stream())
			.singleElement()
			.satisfies((n) -> assertThat(n.subscriber().subscriberId()).isEqualTo("ada"));
		assertThat(this.client.notifications().list(NotificationListRequest.builder().emails("ada@example.com").build())
			.stream()).hasSize(2);

		Notification retrieved = this.client.notifications().retrieve(all.get(0).id());
		assertThat(retrieved.transactionId()).isEqualTo(all.get(0).transactionId());
		assertThat(retrieved.payload()).containsEntry("k", "receipt");
		assertThat(retrieved.jobs()).singleElement().satisfies((j) -> assertThat(j.status().value()).isEqualTo("completed"));
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> this.client.notifications().retrieve("6790b0000000000000000001"));
	}

	@Test
	void aStoredWorkflowNamesTheNotificationsAndMessages() {
		var stored = this.client.v2().workflows().create(io.github.novu4j.client.v2.workflows.CreateWorkflowRequest
			.builder("welcome", "Welcome aboard")
			.step(io.github.novu4j.client.v2.workflows.StepRequest.of(io.github.novu4j.client.StepType.IN_APP, "Note"))
			.build());
		trigger("welcome", "ada");
		trigger("other", "ada");
		trigger("other", "bob");
		List<Notification> all = this.client.notifications().list().stream().toList();
		assertThat(all.get(2).template().name()).isEqualTo("Welcome aboard");
		assertThat(all.get(2).templateId()).isEqualTo(stored.id());
		assertThat(this.novu.messages("ada").get(0)).containsEntry("_templateId", stored.id());
		// One id per workflow, stored or not, in notifications and messages alike.
		assertThat(all.get(0).templateId()).isEqualTo(all.get(1).templateId()).isNotEqualTo(stored.id());
		assertThat(this.novu.messages("bob").get(0)).containsEntry("_templateId", all.get(0).templateId());
		assertThat(this.client.notifications().list(NotificationListRequest.builder().templates(stored.id()).build())
			.stream()).hasSize(1);
	}

	@Test
	void statsCountWhatWasTriggered() {
		trigger("welcome", "ada");
		trigger("receipt", "ada");
		var stats = this.client.notifications().stats().retrieve();
		assertThat(stats.weeklySent()).isEqualTo(2);
		assertThat(stats.monthlySent()).isEqualTo(2);
		assertThat(this.client.notifications().stats().graph(7)).singleElement().satisfies((day) -> {
			assertThat(day.id()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
			assertThat(day.count()).isEqualTo(2);
			assertThat(day.templates()).hasSize(2);
		});
	}

	@Test
	void executionDetailsFollowTheNotification() {
		this.novu.delayWorkflow("later");
		trigger("now", "ada");
		String delayed = trigger("later", "ada");
		List<Notification> notifications = this.client.notifications().list().stream().toList();

		List<ExecutionDetail> sent = this.client.executionDetails().retrieve(notifications.get(1).id(), "ada");
		assertThat(sent).extracting(ExecutionDetail::detail).containsExactly("Step queued", "Message sent");
		assertThat(sent.get(1).messageId()).isEqualTo(this.novu.messages("ada").get(0).get("_id"));

		this.client.cancel(delayed);
		assertThat(this.client.executionDetails().retrieve(notifications.get(0).id(), "ada"))
			.extracting(ExecutionDetail::detail).containsExactly("Step queued", "Step was cancelled");
		assertThat(this.client.executionDetails().retrieve(notifications.get(0).id(), "bob")).isEmpty();
	}

	@Test
	void messagesListDeleteAndDeleteByTransactionId() {
		String first = trigger("welcome", "ada");
		trigger("welcome", "bob");
		String third = trigger("receipt", "ada");

		assertThat(this.client.messages().retrieve().stream()).extracting(Message::templateIdentifier)
			.containsExactly("receipt", "welcome", "welcome");
		assertThat(this.client.messages().retrieve(MessageListRequest.builder().subscriberId("ada").limit(1).build()).stream())
			.hasSize(2);
		assertThat(this.client.messages()
			.retrieve(MessageListRequest.builder().channel(ChannelType.IN_APP).transactionId(first, third).build())
			.stream()).hasSize(2);

		String bobs = (String) this.novu.messages("bob").get(0).get("_id");
		assertThat(this.client.messages().delete(bobs).status()).isEqualTo("deleted");
		assertThat(this.novu.messages("bob")).isEmpty();
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> this.client.messages().delete(bobs));

		this.client.messages().deleteByTransactionId(third, ChannelType.IN_APP);
		assertThat(this.novu.messages("ada")).extracting((m) -> m.get("transactionId")).containsExactly(first);
		assertThat(this.client.subscribers().notifications().unseenCount("ada").count()).isEqualTo(1);
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> this.client.messages().deleteByTransactionId(third))
			.withMessageContaining("Invalid transactionId or channel");
	}

	@Test
	void overLimitPagesAre400() throws Exception {
		this.invalidRequests.add("/v1/messages");
		this.invalidRequests.add("/v1/notifications");
		Raw messages = get("/v1/messages?limit=1001");
		assertThat(messages.status()).isEqualTo(400);
		assertThat(messages.message()).isEqualTo("limit must not be greater than 1000");
		Raw notifications = get("/v1/notifications?limit=51");
		assertThat(notifications.status()).isEqualTo(400);
		assertThat(notifications.json().get("error").asString()).isEqualTo("Bad Request");
	}

}

package io.github.novu4j.test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.Severity;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.v2.subscribers.BulkNotificationsRequest;
import io.github.novu4j.client.v2.subscribers.InboxNotification;
import io.github.novu4j.client.v2.subscribers.InboxNotificationsPage;
import io.github.novu4j.client.v2.subscribers.ListNotificationsRequest;
import io.github.novu4j.client.v2.subscribers.NotificationActionType;
import io.github.novu4j.client.v2.subscribers.NotificationFilter;
import io.github.novu4j.client.v2.subscribers.SubscriberNotifications;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.StepRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The v2 Inbox of the local Novu, over the same in-app messages as the v1 feed. */
class InboxRoutesTests extends KitRoutesTestSupport {

	private SubscriberNotifications inbox() {
		return this.client.v2().subscribers().notifications();
	}

	private void trigger(String workflow, String... subscriberIds) {
		for (String subscriberId : subscriberIds) {
			this.client.trigger(TriggerRequest.builder(workflow).toSubscriber(subscriberId).payload(Map.of("n", workflow)).build());
		}
	}

	private long v1Unseen(String subscriberId) {
		return this.client.subscribers().notifications().unseenCount(subscriberId).count();
	}

	@Test
	void listPagesByOffsetAndByAfterNewestFirstWithTheFilterEchoed() {
		trigger("one", "ada");
		trigger("two", "ada");
		trigger("three", "ada");

		InboxNotificationsPage first = inbox().list("ada", ListNotificationsRequest.builder().limit(2).build());
		assertThat(first.data()).extracting(InboxNotification::body).containsExactly("three", "two");
		assertThat(first.hasMore()).isTrue();
		assertThat(first.data().get(0).to().subscriberId()).isEqualTo("ada");
		assertThat(first.data().get(0).isRead()).isFalse();
		assertThat(first.data().get(0).id()).isEqualTo(this.novu.messages("ada").get(2).get("_id"));

		InboxNotificationsPage next = inbox().list("ada",
				ListNotificationsRequest.builder().limit(2).build().withAfter(first.data().get(1).id()));
		assertThat(next.data()).extracting(InboxNotification::body).containsExactly("one");
		assertThat(next.hasMore()).isFalse();
		assertThat(inbox().list("ada", ListNotificationsRequest.builder().offset(2).build()).data()).hasSize(1);

		InboxNotificationsPage unread = inbox().list("ada", ListNotificationsRequest.builder().read(false).build());
		assertThat(unread.filter()).containsEntry("read", false);
		assertThat(inbox().listAll("ada", ListNotificationsRequest.builder().limit(1).build()).stream())
			.extracting(InboxNotification::body).containsExactly("three", "two", "one");
	}

	@Test
	void perNotificationActionsChangeTheMessageAndTheV1Feed() {
		trigger("w", "ada");
		SubscriberNotifications inbox = inbox();
		String id = inbox.list("ada").data().get(0).id();

		InboxNotification read = inbox.markAsRead("ada", id);
		assertThat(read.isRead()).isTrue();
		assertThat(read.isSeen()).isTrue();
		assertThat(read.readAt()).isNotNull();
		assertThat(this.novu.messages("ada").get(0)).containsEntry("read", true);
		assertThat(inbox.markAsUnread("ada", id).isRead()).isFalse();

		assertThat(inbox.archive("ada", id).isArchived()).isTrue();
		assertThat(inbox.list("ada", ListNotificationsRequest.builder().archived(true).build()).data()).hasSize(1);
		assertThat(inbox.unarchive("ada", id, List.of("tenant:acme"), io.github.novu4j.client.RequestOptions.none())
			.archivedAt()).isNull();

		Instant until = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		InboxNotification snoozed = inbox.snooze("ada", id, until);
		assertThat(snoozed.isSnoozed()).isTrue();
		assertThat(Instant.parse(snoozed.snoozedUntil())).isEqualTo(until);
		assertThat(inbox.list("ada", ListNotificationsRequest.builder().snoozed(true).build()).data()).hasSize(1);
		assertThat(inbox.unsnooze("ada", id).isSnoozed()).isFalse();

		inbox.delete("ada", id);
		assertThat(inbox.list("ada").data()).isEmpty();
		assertThat(this.client.subscribers().notifications().retrieve("ada").firstPage().data()).isEmpty();
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> inbox.markAsRead("ada", id))
			.withMessageContaining("Notification with id: " + id + " is not found.");
	}

	@Test
	void actionsOfAStoredWorkflowCanBeCompletedAndReverted() {
		this.client.v2().workflows().create(CreateWorkflowRequest.builder("order-shipped", "Order shipped")
			.active(true)
			.tags("orders")
			.severity(Severity.HIGH)
			.step(StepRequest.of(StepType.IN_APP, "Shipped note").withControlValues(Map.of("subject", "Order {{payload.orderId}}",
					"body", "Hi {{subscriber.firstName}}, order {{payload.orderId}} is on its way",
					"primaryAction", Map.of("label", "Track", "redirect", Map.of("url", "https://example.com/t/{{payload.orderId}}")),
					"secondaryAction", Map.of("label", "Dismiss"))))
			.build());
		this.client.subscribers().create(io.github.novu4j.client.subscribers.CreateSubscriberRequest.builder("ada").firstName("Ada").build());
		this.client.trigger(TriggerRequest.builder("order-shipped").toSubscriber("ada").payload(Map.of("orderId", "A-7")).build());
		SubscriberNotifications inbox = inbox();
		InboxNotification shipped = inbox.list("ada").data().get(0);
		assertThat(shipped.subject()).isEqualTo("Order A-7");
		assertThat(shipped.body()).isEqualTo("Hi Ada, order A-7 is on its way");
		assertThat(shipped.tags()).containsExactly("orders");
		assertThat(shipped.severity()).isEqualTo(Severity.HIGH);
		assertThat(shipped.workflow().identifier()).isEqualTo("order-shipped");
		assertThat(shipped.primaryAction().label()).isEqualTo("Track");
		assertThat(shipped.primaryAction().redirect().url()).isEqualTo("https://example.com/t/A-7");
		assertThat(shipped.primaryAction().isCompleted()).isFalse();

		InboxNotification completed = inbox.completeAction("ada", shipped.id(), NotificationActionType.PRIMARY);
		assertThat(completed.primaryAction().isCompleted()).isTrue();
		assertThat(completed.secondaryAction().isCompleted()).isFalse();
		assertThat(inbox.revertAction("ada", shipped.id(), NotificationActionType.PRIMARY).primaryAction().isCompleted())
			.isFalse();

		// A message without actions (its workflow was never stored) has nothing to complete.
		trigger("plain", "ada");
		String plain = inbox.list("ada").data().get(0).id();
		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> inbox.completeAction("ada", plain, NotificationActionType.SECONDARY))
			.withMessageContaining("secondary action because it does not exist");
	}

	@Test
	void bulkActionsAndCounts() {
		trigger("a", "ada");
		trigger("b", "ada");
		trigger("c", "ada");
		trigger("d", "bob");
		SubscriberNotifications inbox = inbox();
		List<InboxNotification> all = inbox.list("ada").data();
		NotificationFilter unseen = NotificationFilter.builder().seen(false).build();
		NotificationFilter read = NotificationFilter.builder().read(true).build();

		inbox.markAsSeen("ada", BulkNotificationsRequest.ofIds(List.of(all.get(0).id())));
		assertThat(inbox.count("ada", List.of(unseen, read))).extracting((c) -> c.count()).containsExactly(2, 0);
		assertThat(v1Unseen("ada")).isEqualTo(2);

		inbox.markAllAsRead("ada");
		assertThat(inbox.count("ada", List.of(unseen, read))).extracting((c) -> c.count()).containsExactly(0, 3);
		assertThat(v1Unseen("bob")).isEqualTo(1);

		inbox.archiveAllRead("ada");
		assertThat(inbox.count("ada", List.of(NotificationFilter.builder().archived(true).build())).get(0).count())
			.isEqualTo(3);
		inbox.archiveAll("bob");
		assertThat(inbox.list("bob").data()).allSatisfy((n) -> assertThat(n.isArchived()).isTrue());

		inbox.deleteAll("ada");
		assertThat(inbox.list("ada").data()).isEmpty();
		assertThat(this.novu.messages("ada")).isEmpty();
		assertThat(this.novu.messages("bob")).hasSize(1);
	}

	@Test
	void scenarioTwoSubscribersReadArchiveSnoozeAndTheCountsAgree() {
		this.client.trigger(TriggerRequest.builder("digest").to(List.of(
				io.github.novu4j.client.events.Recipient.subscriber("ada"),
				io.github.novu4j.client.events.Recipient.subscriber("bob"))).payload(Map.of()).build());
		trigger("reminder", "ada", "bob");
		SubscriberNotifications inbox = inbox();
		List<InboxNotification> ada = inbox.list("ada").data();
		assertThat(ada).extracting(InboxNotification::body).containsExactly("reminder", "digest");
		assertThat(inbox.list("bob").data()).hasSize(2);

		inbox.markAsRead("ada", ada.get(0).id());
		inbox.archive("ada", ada.get(0).id());
		inbox.snooze("ada", ada.get(1).id(), Instant.now().plus(Duration.ofMinutes(30)));

		NotificationFilter unseen = NotificationFilter.builder().seen(false).build();
		NotificationFilter archived = NotificationFilter.builder().archived(true).build();
		NotificationFilter snoozed = NotificationFilter.builder().snoozed(true).build();
		assertThat(inbox.count("ada", List.of(unseen, archived, snoozed))).extracting((c) -> c.count())
			.containsExactly(1, 1, 1);
		assertThat(v1Unseen("ada")).isEqualTo(1);
		assertThat(inbox.count("bob", List.of(unseen)).get(0).count()).isEqualTo(2);
		assertThat(v1Unseen("bob")).isEqualTo(2);
		// The v1 feed sees the v2 read.
		assertThat(this.client.subscribers().notifications().retrieve("ada").firstPage().data())
			.extracting((m) -> m.read()).containsExactly(true, false);
	}

	@Test
	void invalidRequestsGetNovusErrors() throws Exception {
		trigger("w", "ada");
		String base = "/v2/subscribers/ada/notifications";
		this.invalidRequests.add(base);
		this.invalidRequests.add(base + "/count");
		Raw overLimit = get(base + "?limit=101");
		assertThat(overLimit.status()).isEqualTo(422);
		assertThat(overLimit.message()).isEqualTo("Validation Error");
		Raw badCursor = get(base + "?after=abc");
		assertThat(badCursor.status()).isEqualTo(422);
		assertThat(badCursor.json().get("errors").get("after").get("messages").get(0).asString())
			.isEqualTo("after must be a mongodb id");
		Raw tooManyFilters = get(base + "/count?filters="
				+ java.net.URLEncoder.encode("[" + String.join(",", java.util.Collections.nCopies(31, "{\"read\":true}")) + "]",
						java.nio.charset.StandardCharsets.UTF_8));
		assertThat(tooManyFilters.status()).isEqualTo(400);
		assertThat(tooManyFilters.message()).isEqualTo("Zod Validation Failed");

		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> inbox().list("nobody"))
			.withMessageContaining("Subscriber: nobody was not found");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> inbox().archive("ada", "6790b0000000000000000001"));
		// A minute ahead is checked by the client; the server checks too.
		String id = inbox().list("ada").data().get(0).id();
		Raw soon = send("PATCH", base + "/" + id + "/snooze",
				"{\"snoozeUntil\":\"" + Instant.now().plusSeconds(5) + "\"}");
		assertThat(soon.status()).isEqualTo(422);
		assertThat(soon.json().get("errors").has("snoozeUntil")).isTrue();
	}

}

package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the activity, Inbox, workflow, layout, context, translation and environment-sync areas has a
 * route: none falls through to the {@code Cannot METHOD path} answer of an unknown route (the other test classes
 * of these areas check what each answers).
 */
class KitV2CoverageTests extends KitRoutesTestSupport {

	private static final String S = "/v2/subscribers/ada/notifications";

	private static final String N = S + "/6790b0000000000000000001";

	private static final List<String> OPERATIONS = List.of("GET /v1/messages",
			"DELETE /v1/messages/transaction/tx-1", "DELETE /v1/messages/6790b0000000000000000001",
			"GET /v1/notifications", "GET /v1/notifications/graph/stats", "GET /v1/notifications/stats",
			"GET /v1/notifications/6790b0000000000000000001", "GET /v1/execution-details?notificationId=n&subscriberId=s",
			"GET " + S, "POST " + S + "/archive", "GET " + S + "/count?filters=%5B%7B%7D%5D", "POST " + S + "/delete",
			"POST " + S + "/read", "POST " + S + "/read-archive", "POST " + S + "/seen", "DELETE " + N,
			"PATCH " + N + "/actions/primary/complete", "PATCH " + N + "/actions/primary/revert", "PATCH " + N + "/archive",
			"PATCH " + N + "/read", "PATCH " + N + "/snooze", "PATCH " + N + "/unarchive", "PATCH " + N + "/unread",
			"PATCH " + N + "/unsnooze", "GET /v2/workflows", "POST /v2/workflows", "DELETE /v2/workflows/w",
			"GET /v2/workflows/w", "PATCH /v2/workflows/w", "PUT /v2/workflows/w", "POST /v2/workflows/w/step/s/preview",
			"GET /v2/workflows/w/steps/s", "PUT /v2/workflows/w/sync", "GET /v2/layouts", "POST /v2/layouts",
			"DELETE /v2/layouts/l", "GET /v2/layouts/l", "PUT /v2/layouts/l", "POST /v2/layouts/l/duplicate",
			"POST /v2/layouts/l/preview", "GET /v2/layouts/l/usage", "GET /v2/contexts", "POST /v2/contexts",
			"DELETE /v2/contexts/t/i", "GET /v2/contexts/t/i", "PATCH /v2/contexts/t/i", "POST /v2/translations",
			"GET /v2/translations/group/workflow/w", "GET /v2/translations/master-json",
			"POST /v2/translations/master-json", "POST /v2/translations/master-json/upload", "POST /v2/translations/upload",
			"DELETE /v2/translations/workflow/w", "DELETE /v2/translations/workflow/w/fr_FR",
			"GET /v2/translations/workflow/w/fr_FR", "GET /v2/environments/e/tags", "POST /v2/environments/e/diff",
			"POST /v2/environments/e/publish", "POST /v2/inbound-webhooks/delivery-providers/e/i");

	@Test
	void everyOperationHasARoute() throws Exception {
		// The documented resourceType enum of diff and publish is wrong (see EnvironmentSyncRoutesTests).
		this.wrongSchemas.add("POST /v2/environments/{targetEnvironmentId}/diff");
		this.wrongSchemas.add("POST /v2/environments/{targetEnvironmentId}/publish");
		List<String> unrouted = new ArrayList<>();
		for (String operation : OPERATIONS) {
			String[] parts = operation.split(" ", 2);
			this.invalidRequests.add(parts[1].split("\\?")[0]);
			Raw answer = parts[0].equals("GET") ? get(parts[1]) : send(parts[0], parts[1], "{}");
			if (answer.status() == 404 && answer.message().startsWith("Cannot ")) {
				unrouted.add(operation);
			}
		}
		assertThat(OPERATIONS).hasSize(59).doesNotHaveDuplicates();
		assertThat(unrouted).isEmpty();
	}

}

package io.github.novu4j.client.v2.subscribers;

/** Real-shaped bodies of the v2 subscriber endpoints (WIRE-FORMAT-CURRENT §B, the spec's response DTOs). */
final class V2Samples {

	static final String SUBSCRIBER = """
			{"_id":"6790a1b2c3d4e5f6a7b8c9d0","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com",
			 "phone":"+15555550100","avatar":"https://example.com/ada.png","locale":"en-GB","timezone":"Europe/London",
			 "channels":[{"providerId":"slack","integrationIdentifier":"slack-main",
			   "credentials":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/SLACKSECRET","channel":"#general"},
			   "_integrationId":"6790a1b2c3d4e5f6a7b8c9e1"}],
			 "topics":["ops-team"],"isOnline":true,"lastOnlineAt":"2026-04-01T10:00:00.000Z","__v":0,
			 "data":{"plan":"pro","seats":3,"flags":{"beta":true}},"subscriberId":"user-42",
			 "_organizationId":"6790a1b2c3d4e5f6a7b8c9f0","_environmentId":"6790a1b2c3d4e5f6a7b8c9f1","deleted":false,
			 "createdAt":"2026-03-01T09:00:00.000Z","updatedAt":"2026-04-01T10:00:00.000Z"}""";

	static final String NOTIFICATION = """
			{"id":"6790b0000000000000000001","transactionId":"txn-8f2e","subject":"Order shipped",
			 "body":"Your order 1234 is on its way","to":{"id":"6790a1b2c3d4e5f6a7b8c9d0","firstName":"Ada",
			 "lastName":"Lovelace","avatar":"https://example.com/ada.png","subscriberId":"user-42"},
			 "isRead":false,"isSeen":true,"isArchived":false,"isSnoozed":false,"snoozedUntil":null,
			 "deliveredAt":["2026-04-01T10:00:00.000Z"],"createdAt":"2026-04-01T10:00:00.000Z","readAt":null,
			 "firstSeenAt":"2026-04-01T10:05:00.000Z","archivedAt":null,"avatar":"https://example.com/shop.png",
			 "primaryAction":{"label":"Track","isCompleted":false,"redirect":{"url":"https://example.com/track/1234","target":"_blank"}},
			 "secondaryAction":{"label":"Dismiss","isCompleted":false},
			 "channelType":"in_app","tags":["orders"],"data":{"orderId":"1234"},
			 "redirect":{"url":"https://example.com/orders/1234","target":"_self"},
			 "workflow":{"id":"6790c0000000000000000001","identifier":"order-shipped","name":"Order shipped",
			   "critical":false,"tags":["orders"],"data":{"team":"fulfilment"},"severity":"medium"},
			 "severity":"high"}""";

	static final String PREFERENCES = """
			{"global":{"enabled":true,"channels":{"email":true,"sms":false,"in_app":true,"chat":false,"push":true},
			  "schedule":{"isEnabled":true,"weeklySchedule":{"monday":{"isEnabled":true,
			    "hours":[{"start":"09:00 AM","end":"05:00 PM"}]},"sunday":{"isEnabled":false,"hours":[]}}}},
			 "workflows":[{"enabled":true,"channels":{"email":true,"in_app":true},
			   "overrides":[{"channel":"email","source":"subscriber"}],
			   "workflow":{"slug":"order-shipped_wf_abc","identifier":"order-shipped","name":"Order shipped",
			     "updatedAt":"2026-03-01T09:00:00.000Z"},"updatedAt":"2026-04-01T10:00:00.000Z"}]}""";

	static final String TOPIC_SUBSCRIPTION = """
			{"_id":"6790d0000000000000000001","identifier":"tk_ops-team:si_user-42","createdAt":"2026-03-01T09:00:00.000Z",
			 "topic":{"_id":"6790d0000000000000000002","key":"ops-team","name":"Operations",
			   "createdAt":"2026-02-01T09:00:00.000Z","updatedAt":"2026-02-02T09:00:00.000Z"},
			 "subscriber":{"_id":"6790a1b2c3d4e5f6a7b8c9d0","subscriberId":"user-42","avatar":null,"firstName":"Ada",
			   "lastName":"Lovelace","email":"ada@example.com"},
			 "contextKeys":["tenant:acme"]}""";

	private V2Samples() {
	}

	/**
	 * @param id the subscriber id
	 * @return a small subscriber of a search page
	 */
	static String subscriber(String id) {
		return "{\"_id\":\"mongo-" + id + "\",\"subscriberId\":\"" + id + "\",\"_organizationId\":\"o1\","
				+ "\"_environmentId\":\"e1\",\"deleted\":false,\"createdAt\":\"2026-03-01T09:00:00.000Z\","
				+ "\"updatedAt\":\"2026-03-01T09:00:00.000Z\"}";
	}

}

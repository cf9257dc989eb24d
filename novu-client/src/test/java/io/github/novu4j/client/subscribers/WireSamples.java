package io.github.novu4j.client.subscribers;

/**
 * Bodies in Novu's real wire format (WIRE-FORMAT §3 and §9), richer than its OpenAPI document: every
 * documented field set, and the fields the document omits (a subscriber's {@code data}, object triggers,
 * message objects in the feed). {@code RichJson.withUnknownFields} adds fields a newer server may send.
 */
final class WireSamples {

	/** A subscriber with every field and three kinds of channel credentials. */
	static final String SUBSCRIBER = """
			{"_id":"6581c0ffee","subscriberId":"user-42","firstName":"Ada","lastName":"Lovelace",
			 "email":"ada@example.com","phone":"+441234567890","avatar":"https://cdn.example/ada.png","locale":"en-GB",
			 "data":{"plan":"pro","seats":5,"ratio":0.75,"beta":true,"tags":["a","b"],"address":{"city":"London","zip":null}},
			 "channels":[
			  {"providerId":"slack","integrationIdentifier":"slack-main","_integrationId":"int-1",
			   "credentials":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/SLACKSECRET","channel":"#general"}},
			  {"providerId":"fcm","_integrationId":"int-2","credentials":{"deviceTokens":["TOKENSECRET1","TOKENSECRET2"]}},
			  {"providerId":"grafana-on-call","_integrationId":"int-3",
			   "credentials":{"webhookUrl":"https://oncall.example/ONCALLSECRET","alertUid":"ALERTSECRET","title":"Disk",
			    "imageUrl":"https://img.example/x.png","state":"alerting","externalUrl":"https://ext.example/EXTSECRET"}}],
			 "topics":["ops","billing"],"isOnline":true,"lastOnlineAt":"2024-12-13T10:00:00.000Z",
			 "_organizationId":"org-1","_environmentId":"env-1","deleted":false,
			 "createdAt":"2024-01-01T00:00:00.000Z","updatedAt":"2024-12-13T10:00:00.000Z","__v":3}
			""";

	/** An in-app message as the feed sends it: every field, the embedded subscriber, workflow and actor. */
	static final String IN_APP_MESSAGE = """
			{"_id":"msg-1","_templateId":"wf-1","_environmentId":"env-1","_messageTemplateId":"mt-1",
			 "_organizationId":"org-1","_notificationId":"n-1","_subscriberId":"6581c0ffee","_jobId":"job-1",
			 "_feedId":"feed-1","_actorId":"6581c0ffef",
			 "subscriber":{"_id":"6581c0ffee","subscriberId":"user-42","firstName":"Ada","lastName":"Lovelace","avatar":"https://cdn.example/ada.png"},
			 "actor":{"type":"system_icon","data":"check"},
			 "template":{"_id":"wf-1","name":"Order shipped","tags":["orders"],"critical":false,"data":{"owner":"shop"}},
			 "templateIdentifier":"order-shipped","transactionId":"tx-1","identifier":"provider-msg-1",
			 "channel":"in_app","providerId":"novu","subject":"Shipped","title":"Order update",
			 "content":"Your order <b>1234</b> has shipped",
			 "cta":{"type":"redirect","data":{"url":"/orders/1234"},
			  "action":{"status":"done","buttons":[{"type":"primary","content":"Track","resultContent":"Tracked"},
			   {"type":"secondary","content":"Dismiss"}],"result":{"type":"primary","payload":{"choice":"track"}}}},
			 "email":"ada@example.com","phone":"+441234567890","directWebhookUrl":"https://hooks.example/WEBHOOKSECRET",
			 "deviceTokens":["DEVICESECRET"],"read":true,"seen":true,
			 "lastSeenDate":"2024-12-13T10:01:00.000Z","lastReadDate":"2024-12-13T10:02:00.000Z",
			 "status":"sent","errorId":"E1","errorText":"none","payload":{"orderId":1234,"items":[{"sku":"A"}]},
			 "overrides":{"fcm":{"data":{"k":"v"}}},"deleted":false,
			 "createdAt":"2024-12-13T10:00:00.000Z","updatedAt":"2024-12-13T10:05:00.000Z","expireAt":"2025-06-01T00:00:00.000Z"}
			""";

	/** A per-workflow preference with object triggers. */
	static final String WORKFLOW_PREFERENCE = """
			{"template":{"_id":"wf-1","name":"Order shipped","critical":false,
			  "triggers":[{"identifier":"order-shipped","type":"event","variables":[{"name":"orderId"}]}]},
			 "preference":{"enabled":true,"channels":{"email":true,"sms":false,"in_app":true,"chat":false,"push":true}}}
			""";

	/** The global preference, as {@code updateGlobal} and {@code retrieveByLevel(global)} send it. */
	static final String GLOBAL_PREFERENCE = """
			{"preference":{"enabled":true,"channels":{"email":true,"sms":false,"in_app":true,"chat":true,"push":true}}}
			""";

	private WireSamples() {
	}

	/** @return {@code {"data": json}} */
	static String wrapped(String json) {
		return "{\"data\":" + json.strip() + "}";
	}

	/** @return a small subscriber with the given id */
	static String subscriber(String subscriberId) {
		return "{\"_id\":\"id-" + subscriberId + "\",\"subscriberId\":\"" + subscriberId
				+ "\",\"_organizationId\":\"org-1\",\"_environmentId\":\"env-1\",\"deleted\":false,"
				+ "\"createdAt\":\"2024-01-01T00:00:00.000Z\",\"updatedAt\":\"2024-01-01T00:00:00.000Z\"}";
	}

	/** @return a small in-app message with the given id */
	static String message(String id) {
		return "{\"_id\":\"" + id + "\",\"channel\":\"in_app\",\"content\":\"Hello " + id
				+ "\",\"read\":false,\"seen\":false,\"cta\":{\"data\":{}},\"payload\":{},\"transactionId\":\"tx-" + id + "\"}";
	}

}

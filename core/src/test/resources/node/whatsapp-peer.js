// An independent peer for interop tests, written for FlowKit on Node's crypto (OpenSSL).
// Reads one JSON command on stdin, writes one JSON answer on stdout.
//   {"mode":"keygen","passphrase":P}                      -> RSA-2048 pair: SPKI public, PKCS#1 private under DES-EDE3 (the legacy form)
//   {"mode":"phone-encrypt","publicKey":PEM,"plaintext":S} -> a request body as WhatsApp sends it, plus the key and IV it used
//   {"mode":"phone-decrypt","aesKeyHex":H,"ivHex":H,"body":B64} -> the reply opened with the flipped IV
//   {"mode":"endpoint","privateKey":PEM,"passphrase":P,"body":{...},"reply":S} -> the request opened, and the reply sealed
const crypto = require('crypto');

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const OAEP = { padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' };
const flip = (iv) => Buffer.from(iv.map((b) => b ^ 0xff));

function seal(key, iv, text) {
  const cipher = crypto.createCipheriv('aes-128-gcm', key, iv);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

function open(key, iv, b64) {
  const data = Buffer.from(b64, 'base64');
  const decipher = crypto.createDecipheriv('aes-128-gcm', key, iv);
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}

let output;
switch (input.mode) {
  case 'keygen': {
    const pair = crypto.generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'des-ede3-cbc', passphrase: input.passphrase },
    });
    output = pair;
    break;
  }
  case 'phone-encrypt': {
    const key = crypto.randomBytes(16);
    const iv = crypto.randomBytes(16);
    output = {
      body: {
        encrypted_flow_data: seal(key, iv, input.plaintext),
        encrypted_aes_key: crypto.publicEncrypt({ key: input.publicKey, ...OAEP }, key).toString('base64'),
        initial_vector: iv.toString('base64'),
      },
      aesKeyHex: key.toString('hex'),
      ivHex: iv.toString('hex'),
    };
    break;
  }
  case 'phone-decrypt': {
    const iv = Buffer.from(input.ivHex, 'hex');
    output = { plaintext: open(Buffer.from(input.aesKeyHex, 'hex'), flip([...iv]), input.body) };
    break;
  }
  case 'endpoint': {
    const privateKey = crypto.createPrivateKey({ key: input.privateKey, passphrase: input.passphrase });
    const key = crypto.privateDecrypt({ key: privateKey, ...OAEP }, Buffer.from(input.body.encrypted_aes_key, 'base64'));
    const iv = Buffer.from(input.body.initial_vector, 'base64');
    output = {
      plaintext: open(key, iv, input.body.encrypted_flow_data),
      reply: seal(key, flip([...iv]), input.reply),
    };
    break;
  }
  default:
    throw new Error('unknown mode ' + input.mode);
}
process.stdout.write(JSON.stringify(output));

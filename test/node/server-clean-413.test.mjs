// The reference server: a body over the limit is answered 413 in full, and the connection closed cleanly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { start } from './server-harness.mjs';

/** The answer in `bytes` once it is whole (headers and Content-Length bytes of body), else undefined. */
function wholeAnswer(bytes) {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const body = bytes.subarray(end + 4);
  if (body.length < Number(headers['content-length'])) return undefined;
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
}

/**
 * Sends `head` then uploads `frame(chunk)` repeatedly, reading at the same time, until the whole
 * answer has arrived (or the socket fails, or `maxUpload` bytes went); then ends the upload and
 * waits for the server to close.
 */
async function uploadUntilAnswered(origin, head, frame, maxUpload) {
  const { hostname, port } = new URL(origin);
  // Half-open: the server half-closes after its answer, and the client may go on sending.
  const socket = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
  await once(socket, 'connect');
  let received = Buffer.alloc(0);
  /** @type {Error | undefined} */
  let error;
  let answer;
  let uploadedAfterAnswer = false;
  let uploaded = 0;
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk]);
    answer ??= wholeAnswer(received);
  });
  socket.on('error', (e) => (error ??= e));
  const closed = once(socket, 'close');
  socket.write(head);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  // Keep uploading while the answer arrives: a client that sent its whole body before reading is the easy case.
  while (!error && !socket.destroyed && uploaded < maxUpload) {
    await new Promise((resolve) => socket.write(frame(chunk), () => resolve(undefined)));
    uploaded += chunk.length;
    if (answer) {
      uploadedAfterAnswer = true;
      break;
    }
  }
  if (!socket.destroyed) socket.end();
  await closed;
  return { answer, error, uploaded, uploadedAfterAnswer };
}

describe('a body over the limit', () => {
  for (const [label, headers, frame] of [
    ['declared by Content-Length', `Content-Length: ${64 * 1024 * 1024}`, (chunk) => chunk],
    [
      'sent chunked',
      'Transfer-Encoding: chunked',
      (chunk) => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]),
    ],
  ]) {
    test(`${label}: the client still uploading receives the whole 413, then the connection closes`, async () => {
      const server = await start();
      try {
        const head =
          'POST /api/civic/requests/lookup HTTP/1.1\r\nHost: localhost\r\n' +
          `Content-Type: application/json\r\n${headers}\r\n\r\n`;
        const { answer, error, uploadedAfterAnswer } = await uploadUntilAnswered(
          server.origin,
          head,
          frame,
          32 * 1024 * 1024,
        );
        assert.ok(answer, `a whole answer arrived (socket error: ${error?.message})`);
        assert.equal(error, undefined, 'no reset while the answer was read');
        assert.ok(uploadedAfterAnswer, 'the client was still uploading when the answer came');
        assert.equal(answer.status, 413);
        assert.equal(answer.headers.connection, 'close');
        assert.match(answer.headers['content-type'], /^application\/problem\+json/);
        const problem = JSON.parse(answer.body);
        assert.equal(problem.status, 413);
        assert.equal(problem.code, 'invalid-data');
      } finally {
        await server.stop();
      }
    });
  }
});

// What the HTTP receiver answers for each kind of acknowledgement: a message as JSON (as Bolt's own receivers
// answer), text as text, nothing as an empty 200. The answer is kept as sent, so a retry gets the same bytes.
import { describe, expect, it } from 'vitest';
import { ackAnswer } from '../../../src/adapters/slack/fastify-receiver.js';

describe('ackAnswer', () => {
  it('sends a message as JSON', () => {
    const message = { response_type: 'ephemeral', text: 'New relay — please check', blocks: [{ type: 'divider' }] };
    expect(ackAnswer(message)).toEqual({ status: 200, body: JSON.stringify(message), contentType: 'application/json; charset=utf-8' });
  });

  it('answers text as text and nothing as an empty 200', () => {
    expect(ackAnswer('ok')).toEqual({ status: 200, body: 'ok', contentType: 'text/plain' });
    expect(ackAnswer(undefined)).toEqual({ status: 200, body: '' });
    expect(ackAnswer('')).toEqual({ status: 200, body: '' });
  });
});

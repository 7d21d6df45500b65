// A client that refuses window/showMessageRequest (some editors do, or fail it) must not take the
// server down: the warning is not needed, diagnostics still come.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-jsonrpc/node';
import { seed } from '../support.js';
import { TestClient } from './client.js';

let client: TestClient;
beforeAll(async () => {
  client = new TestClient();
  client.connection.onRequest('window/showMessageRequest', () => {
    throw new ResponseError(-32601, 'this client shows no message requests');
  });
  client.configuration = { rules: { 'figure-mismatch': 'loud' } };
  await client.initialize(null);
});
afterAll(async () => {
  await client.shutdown();
});

describe('a client that refuses message requests', () => {
  it('keeps the server running after an invalid setting is reported', async () => {
    const uri = 'file:///tmp/refused/2024年政府工作报告.txt';
    const published = client.diagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed('000') } });
    const d = await published;
    expect(d.diagnostics.length).toBeGreaterThan(0);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(Array.isArray(symbols)).toBe(true);
  });
});

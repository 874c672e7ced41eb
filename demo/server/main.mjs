// @ts-check
/** Runs the reference API server alone: `node demo/server/main.mjs [port]`. */
import { startReferenceApi } from './reference-api.mjs';

const port = Number(process.argv[2] ?? process.env.API_PORT ?? 8787);
const api = await startReferenceApi({ port, host: process.env.API_HOST ?? '127.0.0.1' });
console.log(`Reference API on ${api.origin} (token: demo-token, SSOJet client_id: demo-client)`);
